DROP INDEX "kg_nodes_label_trgm_idx";--> statement-breakpoint
CREATE INDEX "kg_nodes_label_trgm_idx" ON "kg_nodes" USING gin ("label" gin_trgm_ops);
