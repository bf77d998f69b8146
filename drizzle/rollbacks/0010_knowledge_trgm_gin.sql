DROP INDEX IF EXISTS "kg_nodes_label_trgm_idx";--> statement-breakpoint
CREATE INDEX "kg_nodes_label_trgm_idx" ON "kg_nodes" USING gist ("label" gist_trgm_ops);
