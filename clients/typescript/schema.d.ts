/**
 * The NEXUS API's types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run `npm run client` after changing the API.
 */

export interface paths {
    "/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The activity log, newest first
         * @description Filter by `type` (exact, or a prefix ending in `.` such as `module.`), `moduleId`, `actorId` and a `from`/`to` time range.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/cache": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cache figures per cache name, and the back end in use (admins)
         * @description Hits, misses, errors (the back end failed and the source answered), bypasses, single-flight joins and lookup latency per cache name since this instance started, plus the state of the rate limits and leases that share the back end. Figures are this instance's own. Admin only: it needs `flags:manage`, the permission for the deployment's runtime switches, held by admins alone; the figures reveal traffic patterns and the deployment's back ends.
         *
         *     Needs the `flags:manage` permission (session cookie or bearer token).
         */
        get: operations["getCacheStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every agent, by name
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listAgents"];
        put?: never;
        /**
         * Define an agent: a name (@Name), a persona, and the work it prefers
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One agent
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        /**
         * Delete an agent: it leaves every room; its messages stay
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        /**
         * Change an agent
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/alerts/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The alert channels, newest first (never their secrets)
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listAlertChannels"];
        put?: never;
        /**
         * Add an alert channel; a webhook's signing secret is in this answer only
         * @description `kind` decides the shape of `config`: `webhook`, `slack` and `discord` take `{url}` (http or https); `ntfy` takes `{server, topic, token?}` (server defaults to https://ntfy.sh); `email` takes `{to: [addresses]}` and needs SMTP_URL and SMTP_FROM on the server (a 400 otherwise). Secrets are sealed at rest and never shown again: a webhook's `secret` signs every request (`X-Nexus-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`).
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["createAlertChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One alert channel (never its secrets)
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getAlertChannel"];
        put?: never;
        post?: never;
        /**
         * Remove an alert channel, with what is queued for it and its delivery log
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        delete: operations["deleteAlertChannel"];
        options?: never;
        head?: never;
        /**
         * Rename, turn on or off, or reconfigure an alert channel
         * @description `config`, when sent, replaces the whole configuration and must have the shape of the channel's kind (which cannot change); a webhook keeps its signing secret. A channel turned off gets nothing new queued; what is queued already still goes out.
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        patch: operations["updateAlertChannel"];
        trace?: never;
    };
    "/alerts/channels/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A channel's delivery log: every attempt, newest first
         * @description Each attempt says what the receiver answered (status code and the start of its answer) or what went wrong, and how long it took; `notificationStatus` says where its notification stands now (pending: it will be tried again).
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listAlertDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/channels/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a webhook channel a new signing secret; it is in this answer only
         * @description The new secret signs every request from now on, retries of older notifications included; the old one stops at once. Only webhook channels have one (409 for the other kinds).
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["rotateAlertChannelSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/channels/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test notification now and answer with what the receiver said
         * @description The test is sent at once (within the delivery timeout, 10 s) and recorded in the channel's delivery log like any attempt; it is not retried. A 200 whether or not the receiver took it: `delivered`, `statusCode`, `error` and `responseExcerpt` say what happened.
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["testAlertChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emergency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether AI work runs normally, is paused, or is stopped
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getEmergencyState"];
        put?: never;
        /**
         * Pause, stop or resume all AI work
         * @description pause: no new AI work starts. stop: also aborts what runs. resume: back to normal (admins only). A reason is required; every action is recorded.
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["applyEmergencyAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every feature flag, with its default and any override in force
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Turn a feature on or off for the whole deployment (admins)
         * @description `enabled: null` removes the override, so the default applies again. Takes effect at once on this instance and within 2 s on every other; recorded in the activity log.
         *
         *     Needs the `flags:manage` permission (session cookie or bearer token).
         */
        patch: operations["updateFlag"];
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up and serving requests
         * @description No authentication needed.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/contradictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contradictions, most severe first
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listKnowledgeContradictions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/contradictions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One contradiction with both statements, their sources and the weighted consensus
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getKnowledgeContradiction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/contradictions/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a contradiction: keep A, keep B, both (with context), or merge
         * @description Keeping one side marks it verified and the other refuted, and moves the reputation of every source behind either side by the weighted-consensus rule: up by 0.2 × (1 − its side's reputation-weighted share) when upheld, down by 0.2 × its side's share when overturned. `both` adds the context to both nodes and turns their `contradicts` edge into `related_to`; `merge` folds B (edges, sources) into A. The contradiction's review request is approved with the resolution as its note. 409 once resolved.
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["resolveKnowledgeContradiction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed in the graph on one UTC day
         * @description Nodes, edges and sources added, changed and removed, contradictions opened and resolved, and confidence changes, from the stored change history. `summary` is written by a model when one is available (`summaryBy: model`), else computed.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getKnowledgeDiff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/edges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join two nodes with a typed, weighted relation
         * @description A `contradicts` edge opens a contradiction (and its review request). 409 when the two nodes already have an edge of that relation.
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["createKnowledgeEdge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/edges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One edge
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getKnowledgeEdge"];
        put?: never;
        post?: never;
        /**
         * Remove an edge
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        delete: operations["deleteKnowledgeEdge"];
        options?: never;
        head?: never;
        /**
         * Change an edge's relation, strength, confidence or evidence
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        patch: operations["updateKnowledgeEdge"];
        trace?: never;
    };
    "/knowledge/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A subgraph as JSON (the import format)
         * @description `root` and `depth` export a node's neighbourhood; else `domain` (or everything), oldest first, up to `limit` nodes with the edges among them. The JSON is sent as a file, not in the envelope, so it can be imported as is (POST /knowledge/import). For GraphML: GET /knowledge/export.graphml. Deprecated: `format=graphml` still answers that GraphML file here, with `Deprecation` and `Link: </api/v1/knowledge/export.graphml>; rel="successor-version"` headers, for this API version only.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["exportKnowledge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/export.graphml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A subgraph as GraphML
         * @description The same subgraph as GET /knowledge/export (`root` and `depth` export a node's neighbourhood; else `domain` (or everything), oldest first, up to `limit` nodes with the edges among them), written as a directed GraphML graph with the node and edge fields as typed data keys and sent as a file, for graph tools. To import it back into NEXUS use the JSON export.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["exportKnowledgeGraphML"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A model proposes nodes and edges from text or a goal step's output (nothing is stored)
         * @description Answers with a draft in the import format. Edit it, then `POST /knowledge/import` what you accept, or `POST /knowledge/extract/review` to send it to the review queue. A goal step must have succeeded and have no open or rejected review. 423 while AI work is paused; 503 when no model is available.
         *
         *     Needs the `ai:run` permission (session cookie or bearer token).
         */
        post: operations["extractKnowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/extract/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an extraction draft to the review queue (a fact_verification request)
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["reviewKnowledgeDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk import of nodes and edges (the export's JSON)
         * @description Node ids that are UUIDs are kept (one already present is skipped); other ids only name nodes inside the document, and `ids` maps them to the new UUIDs. Edges may name existing nodes by UUID. All or nothing: any bad reference answers 400 and nothing is written.
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["importKnowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Knowledge nodes, newest first
         * @description Filter by `kind` and `domain`; follow `meta.nextCursor` for the next page.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listKnowledgeNodes"];
        put?: never;
        /**
         * Add a node (and the sources it cites); answers with any contradictions it opened
         * @description Contradictions are looked for at once: conflicting `statement`s (same subject and predicate), and, when a model is available, the model's judgement against the closest matches found by search. Each opens a `contradiction` review request.
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["createKnowledgeNode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/nodes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One node with its sources, edges and contradictions
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getKnowledgeNode"];
        put?: never;
        post?: never;
        /**
         * Delete a node and its edges
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        delete: operations["deleteKnowledgeNode"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a node
         * @description A changed label or statement is checked for contradictions again.
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        patch: operations["updateKnowledgeNode"];
        trace?: never;
    };
    "/knowledge/nodes/{id}/neighbors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The nodes within `depth` hops (1 to 3) of a node, either edge direction
         * @description `relation` (comma-separated or repeated) keeps only edges of those relations. At most `limit` nodes; `truncated` says when more were reachable.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getKnowledgeNeighbors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/nodes/{id}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cite a source on a node with a stance (supports, contradicts, neutral)
         * @description Citing the same source again changes its stance.
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["linkKnowledgeSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/path": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A shortest path between two nodes (either edge direction), at most `maxDepth` hops
         * @description `found: false` when none exists within `maxDepth` (1 to 6, default 6).
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getKnowledgePath"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Nodes matching `q`, best first
         * @description Full-text match on label, domain and content (web-search syntax: quotes, `or`, `-word`) or a fuzzy (trigram) match on the label; ranked by text rank plus label similarity.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["searchKnowledge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sources with their reputation and accuracy, newest first
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listKnowledgeSources"];
        put?: never;
        /**
         * Add a source
         * @description Without `reputation`, a new source starts from its type's default (academic 0.85, government 0.8, expert 0.75, news 0.6, community 0.45, ai 0.4, unknown 0.3).
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["createKnowledgeSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One source
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getKnowledgeSource"];
        put?: never;
        post?: never;
        /**
         * Delete a source (its citations go with it)
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        delete: operations["deleteKnowledgeSource"];
        options?: never;
        head?: never;
        /**
         * Change a source
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        patch: operations["updateKnowledgeSource"];
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the caller is, and the role this request acts with
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * System metrics over a time range
         * @description `from`/`to` default to the last hour. `step` is `raw` (samples, kept a day), or averages per `1m`, `5m` or `1h` (kept 30 days); by default raw up to an hour, 1m up to a day, 1h beyond. The range may span 31 days and hold 5000 points at most.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getMetricsHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest system metrics sample
         * @description Taken every `METRICS_INTERVAL_MS` (5 s by default) by one instance of the deployment. 404 until the first sample is stored.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getLatestMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The modules registry, oldest first
         * @description Filter by `status` and `kind`; follow `meta.nextCursor` for the next page.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listModules"];
        put?: never;
        /**
         * Register a module
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["createModule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One module, with an ETag of its version
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getModule"];
        put?: never;
        post?: never;
        /**
         * Remove a module (its activity stays in the log)
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        delete: operations["deleteModule"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a module
         * @description Send only the fields to change. Pass the version you read (body `version` or `If-Match`) to refuse the write with 409 if someone changed the module since.
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        patch: operations["updateModule"];
        trace?: never;
    };
    "/modules/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A module's status changes and recent health probes, newest first
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getModuleHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This API's OpenAPI 3.1 document
         * @description No authentication needed.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: database, cache and realtime all answer
         * @description 503 NOT_READY names each component that did not answer, in `error.details`. The cache fails open: when only Redis is down the answer is 200 with `degraded: ["cache"]` and the cache check `ok: false`, since every request is still served.
         *
         *     No authentication needed.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/realtime/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A short-lived token to join one realtime room
         * @description Connect to `ws(s)://{host}/parties/{party}/{room}?token={token}`. `global` is open to every signed-in person; a collaboration room only to its members.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        post: operations["createRoomToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The human review queue, newest first
         * @description Filter by `status` (open, approved, rejected) and `kind`; follow `meta.nextCursor`.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One review request
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject a review request, with a note
         * @description Recorded in the activity log; 409 if it was already decided. A goal run waiting on its reviews completes once all are approved, and fails when one is rejected.
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["decideReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The collaboration rooms you are a member of, newest first
         * @description Follow `meta.nextCursor` for the next page.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listRooms"];
        put?: never;
        /**
         * Open a collaboration room; you become its owner
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["createRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A room with its members and agents (members only)
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getRoom"];
        put?: never;
        post?: never;
        /**
         * Close a room and delete its messages (owners)
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        delete: operations["deleteRoom"];
        options?: never;
        head?: never;
        /**
         * Rename a room or change its topic (owners)
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        patch: operations["updateRoom"];
        trace?: never;
    };
    "/rooms/{id}/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agents in a room (members only)
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listRoomAgents"];
        put?: never;
        /**
         * Add an agent to a room (owners); members address it as @Name
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["addRoomAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rooms/{id}/agents/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take an agent out of a room (owners); its messages stay
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        delete: operations["removeRoomAgent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rooms/{id}/ask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Have an agent in the room reply, with the room's recent history as context
         * @description Answers 202 at once. The reply streams to the room as `agent-start`, `agent-delta` ({streamId, offset, text}) and `agent-end` events, then is stored as a message whose id is the `streamId`; `agent-end` says how it ended (`complete`, `stopped`, `interrupted` or `failed`), and a reply cut short by the server shutting down is stored with what it wrote so far and `meta.interrupted: true`. Stop it with `POST /rooms/{id}/replies/{streamId}/stop`. Refused with 423 while AI work is paused or stopped.
         *
         *     Needs the `ai:run` permission (session cookie or bearer token).
         */
        post: operations["askRoomAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rooms/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people in a room (members only)
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listRoomMembers"];
        put?: never;
        /**
         * Invite a person to a room, or change their role in it (owners)
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["addRoomMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rooms/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a person from a room (owners), or leave it (yourself)
         * @description Their open connections to the room are closed at once. The last owner cannot leave. Anyone may leave; removing someone else also needs the `write` permission, so a viewer made an owner still only reads.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        delete: operations["removeRoomMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rooms/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A room's messages (members only)
         * @description Without `since`: the newest `limit` messages (before `cursor`), oldest first, with `meta.nextCursor` for older ones. With `since` (a message's `cursor`): the messages after it, oldest first, with `meta.nextCursor` to pass as the next `since`. Clients call this with the last message they saw on every reconnect.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listRoomMessages"];
        put?: never;
        /**
         * Post a message (members who may write); mentioned agents (@Name) answer
         * @description Send an `Idempotency-Key` header (a UUID per message): a retry with the same key answers 200 with the message already stored instead of storing another (201). The same key with a different body is a 409. The message is stored, then pushed to the room. Agents mentioned as `@Name` answer when the author may run AI work (operators, admins) and AI work is not paused; their replies stream to the room and are listed in `meta.replies`.
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["postRoomMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rooms/{id}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete your own message (room owners: any message)
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        delete: operations["deleteRoomMessage"];
        options?: never;
        head?: never;
        /**
         * Edit your own message
         * @description Needs the `write` permission (session cookie or bearer token).
         */
        patch: operations["editRoomMessage"];
        trace?: never;
    };
    "/rooms/{id}/replies/{streamId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop an agent's reply while it is being written (members who may write)
         * @description Whichever instance writes the reply stops it within a second; what was written so far is stored, marked as stopped. 404 when no such reply is being written (it may have finished).
         *
         *     Needs the `write` permission (session cookie or bearer token).
         */
        post: operations["stopRoomReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rooms/{id}/solve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Solve together: agents propose approaches in parallel, then one merges them
         * @description Answers 202 at once. The problem is posted as your message; each picked agent's proposal streams to the room at the same time (events carry `solveId` and `phase: proposal`); then the synthesiser writes one plan, stored as a `plan` message (`phase: plan`). Start a plan as a goal run with `POST /sage/goals`. Refused with 423 while AI work is paused or stopped.
         *
         *     Needs the `ai:run` permission (session cookie or bearer token).
         */
        post: operations["solveTogether"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sage/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate text with the chosen (or named) model, as one JSON answer
         * @description Runs the generation to its end and answers one envelope: the text, why the model was chosen and the usage. Send `stream: false`. Deprecated: with `stream: true`, or without `stream` (the old default), the answer is still the Server-Sent Events stream of its successor, POST /sage/generate/stream, with `Deprecation` and `Link: </api/v1/sage/generate/stream>; rel="successor-version"` headers, for this API version only. Refused with 423 while AI work is paused or stopped; an emergency stop aborts running generations, as does the client going away. Every call is recorded for /sage/usage.
         *
         *     Needs the `ai:run` permission (session cookie or bearer token).
         */
        post: operations["generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sage/generate/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate text with the chosen (or named) model, streamed as Server-Sent Events
         * @description Answers `text/event-stream`: `start` ({model, provider, reason}), `delta` ({text}) as the model writes, then `done` with the usage ({promptTokens, completionTokens, latencyMs, model, provider, cost}) or `error` ({code, message}). What goes wrong before the first event (AI work paused or stopped: 423; a named model that cannot do the task: 422; no model at all: 503) is a JSON error envelope; what goes wrong after it is the `error` event. An emergency stop aborts running generations, as does the client going away. Every call is recorded for /sage/usage. For one JSON answer instead: POST /sage/generate.
         *
         *     Needs the `ai:run` permission (session cookie or bearer token).
         */
        post: operations["generateStream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sage/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Goal runs, newest first
         * @description Filter by `status`; follow `meta.nextCursor` for the next page.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listGoalRuns"];
        put?: never;
        /**
         * Start a goal: plan, execute and verify each step, then answer
         * @description Answers 202 with the queued run; the run continues in the background. Follow it with `GET /sage/goals/{id}` or the `goal` events of the `global` realtime room. Budget defaults: 6 steps, 20000 tokens, 300 s. Refused with 423 while AI work is paused or stopped.
         *
         *     Needs the `ai:run` permission (session cookie or bearer token).
         */
        post: operations["createGoalRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sage/goals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One goal run with its steps (model, reason, output, score, issues, tokens, latency)
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getGoalRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sage/goals/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a goal run, mid-step if need be
         * @description Works from any instance: the one running the run stops it within a second, mid-step. Answers with the run once it is marked cancelled (and its open step closed); 409 if it has already ended.
         *
         *     Needs the `ai:run` permission (session cookie or bearer token).
         */
        post: operations["cancelGoalRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sage/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The AI models the configured providers offer
         * @description Providers are asked at most every 30 s (a cached answer otherwise); a scheduled job re-checks them every minute. Models that went away stay listed with `available: false`.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listAiModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sage/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set a model's capabilities (admins)
         * @description Overrides the capabilities inferred from the model's name and family; discovery keeps an override. `null` restores the inferred ones.
         *
         *     Needs the `flags:manage` permission (session cookie or bearer token).
         */
        patch: operations["updateAiModel"];
        trace?: never;
    };
    "/sage/models/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask every provider for its models now
         * @description Skips the cached answer; the result is what GET /sage/models then shows.
         *
         *     Needs the `ai:run` permission (session cookie or bearer token).
         */
        post: operations["refreshAiModels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sage/select": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Which model would do a task, and why
         * @description Runs nothing. Capability first, then measured performance (after 5 calls), then size. 503 NO_MODEL_AVAILABLE names what to start when nothing can do the task.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        post: operations["selectAiModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sage/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * AI usage per model and UTC day
         * @description Calls, errors, aborted calls, tokens as the providers reported them, p50/p95 latency of successful calls and cost (SAGE_PRICES), for [from, to). Defaults to the last 7 days; at most 92 days.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getAiUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public status page: the modules marked public, their status and uptime
         * @description No sign-in needed. Lists only the modules marked `public`, by name, with their current status and 90 UTC days of uptime (the share of health probes that answered in time; slow answers count as up). Nothing else about a module is shown. Cacheable for 30 s; rate-limited per address like every call without credentials. `incidents` lists open incidents (empty when there are none).
         *
         *     No authentication needed.
         */
        get: operations["getStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's API tokens (all tokens with `all=true`, for admins)
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create an API token for yourself; the token is in this answer only
         * @description Any signed-in person may create tokens for their own scripts. The scope may not exceed the role this request acts with.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One API token (never its secret)
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getToken"];
        put?: never;
        post?: never;
        /**
         * Revoke an API token: it stops working at once
         * @description Your own tokens, or anyone's with the tokens:manage-others permission.
         *
         *     Needs the `read` permission (session cookie or bearer token).
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everyone with an account, oldest first
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create an account
         * @description Needs the `users:manage` permission (session cookie or bearer token).
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One account
         * @description Needs the `read` permission (session cookie or bearer token).
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a name, role, password, or disable an account
         * @description The last active admin cannot be demoted or disabled (409).
         *
         *     Needs the `users:manage` permission (session cookie or bearer token).
         */
        patch: operations["updateUser"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorEnvelope: {
            /** @constant */
            success: false;
            error: {
                code: string;
                message: string;
                details?: unknown;
                requestId?: string;
            };
            /** Format: date-time */
            timestamp: string;
        };
        /** @description About the answer: the request's id, and fields some operations add. */
        Meta: {
            requestId: string;
        };
        /** @description About one page of a list: follow `nextCursor` (pass it as `cursor`) until it is null. */
        ListMeta: {
            requestId: string;
            /** @description The cursor of the next page; null on the last one. */
            nextCursor: string | null;
            /** @description The page size asked for. */
            limit: number;
        };
        ActivityEvent: {
            /** Format: uuid */
            id: string;
            type: string;
            summary: string;
            actorId: string | null;
            actorLabel: string;
            subjectType: string | null;
            subjectId: string | null;
            moduleId: string | null;
            data: {
                [key: string]: unknown;
            };
            requestId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CacheNameStats: {
            /** @description The cache name (modules, metrics, kg, ai-models, ...). */
            name: string;
            hits: number;
            misses: number;
            /** @description Back-end calls that failed or timed out; the value came from the source. */
            errors: number;
            /** @description Lookups that skipped a failing back end during its cool-down. */
            bypassed: number;
            /** @description Callers that joined a lookup or computation already in flight (single-flight). */
            coalesced: number;
            /** @description Values computed from the source. */
            computations: number;
            hitRatio: number | null;
            latency: {
                count: number;
                sumMs: number;
                maxMs: number;
                /** @description Cumulative lookup-latency histogram, upper bounds 0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000 ms and +Inf. */
                buckets: {
                    le: number | "+Inf";
                    count: number;
                }[];
            };
        };
        Agent: {
            /** Format: uuid */
            id: string;
            /** @description Addressed in a message as @Name. */
            name: string;
            /** @description Its system prompt. */
            persona: string;
            taskKind: string | null;
            model: string | null;
            specialisation: string | null;
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AlertChannel: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "webhook" | "slack" | "discord" | "ntfy" | "email";
            enabled: boolean;
            target: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AlertDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            channelId: string;
            /** Format: uuid */
            notificationId: string;
            /** @enum {string} */
            eventType: "incident.opened" | "incident.resolved" | "incident.reminder" | "test";
            dedupeKey: string;
            title: string;
            /** @enum {string} */
            notificationStatus: "pending" | "delivered" | "failed";
            attempt: number;
            ok: boolean;
            statusCode: number | null;
            error: string | null;
            durationMs: number;
            responseExcerpt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        FeatureFlag: {
            /** @enum {string} */
            key: "cache.redis" | "ai.advanced" | "cluster.leases" | "realtime" | "reviews.autoApprove";
            label: string;
            description: string;
            /** @description In force now. */
            enabled: boolean;
            /** @description What applies without an override (NEXUS_FLAGS or built in). */
            default: boolean;
            overridden: boolean;
            note: string | null;
            updatedBy: string | null;
            updatedAt: string | null;
        };
        KnowledgeContradiction: {
            /** Format: uuid */
            id: string;
            nodeAId: string | null;
            nodeBId: string | null;
            nodeALabel: string;
            nodeBLabel: string;
            /** @enum {string} */
            detectedBy: "edge" | "rule" | "model";
            reason: string;
            detectionConfidence: number;
            severity: number;
            /** @enum {string} */
            severityLevel: "low" | "medium" | "high" | "critical";
            /** @enum {string} */
            status: "open" | "resolved";
            resolution: ("keep_a" | "keep_b" | "both" | "merge") | null;
            resolutionNote: string | null;
            resolvedBy: string | null;
            resolvedAt: string | null;
            reviewId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        KnowledgeNode: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "fact" | "concept" | "entity" | "hypothesis" | "rule";
            label: string;
            content: string;
            domain: string;
            tags: string[];
            confidence: number;
            importance: number;
            /** @enum {string} */
            verification: "unverified" | "reviewed" | "verified" | "disputed" | "refuted";
            statement: {
                subject: string;
                predicate: string;
                object: string;
                negated: boolean;
            } | null;
            authorId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        KnowledgeEdge: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fromId: string;
            /** Format: uuid */
            toId: string;
            /** @enum {string} */
            relation: "supports" | "contradicts" | "causes" | "part_of" | "is_a" | "related_to" | "depends_on" | "derived_from" | "example_of";
            strength: number;
            confidence: number;
            evidence: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        KnowledgeGraphDocument: {
            nodes: {
                /** @description A UUID is kept as the node's id; any other key only names the node inside this document. */
                id: string;
                /** @enum {string} */
                kind: "fact" | "concept" | "entity" | "hypothesis" | "rule";
                label: string;
                /** @default  */
                content: string;
                /** @default general */
                domain: string;
                /** @default [] */
                tags: string[];
                /** @default 0.5 */
                confidence: number;
                /** @default 0.5 */
                importance: number;
                statement?: {
                    subject: string;
                    predicate: string;
                    object: string;
                    /** @default false */
                    negated: boolean;
                } | null;
                /**
                 * @description Written by the export; ignored on import.
                 * @enum {string}
                 */
                verification?: "unverified" | "reviewed" | "verified" | "disputed" | "refuted";
                /** @description Written by the export; ignored on import. */
                authorId?: string | null;
                /** @description Written by the export; ignored on import. */
                createdAt?: string;
                /** @description Written by the export; ignored on import. */
                updatedAt?: string;
            }[];
            /** @default [] */
            edges: {
                fromId: string;
                toId: string;
                /** @enum {string} */
                relation: "supports" | "contradicts" | "causes" | "part_of" | "is_a" | "related_to" | "depends_on" | "derived_from" | "example_of";
                /** @default 0.5 */
                strength: number;
                /** @default 0.5 */
                confidence: number;
                /** @default  */
                evidence: string;
                /** @description Written by the export; ignored on import. */
                id?: string;
                /** @description Written by the export; ignored on import. */
                createdAt?: string;
                /** @description Written by the export; ignored on import. */
                updatedAt?: string;
            }[];
            /** @description Written by the export; ignored on import. */
            truncated?: boolean;
        };
        KnowledgeSearchHit: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "fact" | "concept" | "entity" | "hypothesis" | "rule";
            label: string;
            content: string;
            domain: string;
            tags: string[];
            confidence: number;
            importance: number;
            /** @enum {string} */
            verification: "unverified" | "reviewed" | "verified" | "disputed" | "refuted";
            statement: {
                subject: string;
                predicate: string;
                object: string;
                negated: boolean;
            } | null;
            authorId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            score: number;
        };
        KnowledgeSource: {
            /** Format: uuid */
            id: string;
            title: string;
            url: string | null;
            /** @enum {string} */
            type: "academic" | "government" | "expert" | "news" | "community" | "ai" | "unknown";
            reputation: number;
            accuracy: number | null;
            upheld: number;
            overturned: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "viewer" | "operator" | "admin";
            disabled: boolean;
            lastLoginAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MetricsSample: {
            /** Format: date-time */
            takenAt: string;
            /** @description The instance that took the sample. */
            instanceId: string;
            /** @description Process CPU since the previous sample; one core = 100. */
            cpuPercent: number;
            /** @description Resident set size of the process. */
            rssBytes: number;
            /** @description V8 heap in use. */
            heapUsedBytes: number;
            /** @description 99th percentile of event-loop delay since the previous sample, in ms. */
            eventLoopP99Ms: number;
            httpRequestsPerSecond: number;
            /** @description Share of 5xx answers, 0-1. */
            httpErrorRate: number;
            /** @description 95th percentile of response time, in ms. */
            httpP95Ms: number;
            /** @description Sockets open in the metrics room. */
            realtimeConnections: number;
            /** @description Modules whose status is active or warning. */
            modulesOnline: number;
            modulesTotal: number;
            /** @description Average load of all modules, 0-100. */
            modulesAvgLoad: number;
            aiRequestsPerHour: number;
            aiTokensPerHour: number;
            aiCostPerHour: number;
        };
        Module: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
            description: string;
            kind: string;
            /** @enum {string} */
            status: "active" | "warning" | "error" | "inactive";
            integrationLevel: number;
            load: number;
            metrics: {
                [key: string]: number | string;
            };
            healthEndpoint: string | null;
            probeIntervalSeconds: number;
            probeTimeoutMs: number;
            lastProbe: {
                /** Format: date-time */
                at: string;
                ok: boolean;
                latencyMs: number | null;
                error: string | null;
            } | null;
            consecutiveFailures: number;
            /** @description Listed on the public status page (/status): its name, status and uptime only. */
            public: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ModuleStatusChange: {
            /** Format: uuid */
            id: string;
            fromStatus: ("active" | "warning" | "error" | "inactive") | null;
            /** @enum {string} */
            toStatus: "active" | "warning" | "error" | "inactive";
            reason: string;
            /** Format: date-time */
            createdAt: string;
        };
        ComponentCheck: {
            /** @enum {string} */
            name: "database" | "cache" | "realtime";
            ok: boolean;
            backend: string;
            latencyMs: number;
            error?: string;
        };
        ReviewRequest: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "fact_verification" | "contradiction" | "goal_approval" | "task_review";
            subjectType: string;
            subjectId: string;
            title: string;
            details: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "open" | "approved" | "rejected";
            /** @enum {string} */
            urgency: "low" | "normal" | "high" | "critical";
            /** @description Decided by the auto-approve rule, not a person. */
            autoApproved: boolean;
            decidedBy: string | null;
            decisionNote: string | null;
            decidedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Room: {
            /** Format: uuid */
            id: string;
            name: string;
            topic: string;
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description The caller's role in the room.
             * @enum {string}
             */
            myRole: "owner" | "member";
        };
        RoomMember: {
            /** Format: uuid */
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "member";
            /** Format: date-time */
            joinedAt: string;
        };
        RoomAgent: {
            /** Format: uuid */
            agentId: string;
            name: string;
            specialisation: string | null;
            /** Format: date-time */
            addedAt: string;
        };
        RoomMessage: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            roomId: string;
            /** @enum {string} */
            kind: "message" | "agent" | "plan";
            author: {
                /** @enum {string} */
                type: "user" | "agent";
                id: string | null;
                name: string;
            };
            /** @description Markdown, as written. */
            body: string;
            /** @description The body rendered and sanitised. */
            html: string;
            meta: {
                [key: string]: unknown;
            };
            editedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Pass as `since` to get the messages after this one. */
            cursor: string;
        };
        AiUsage: {
            promptTokens: number;
            completionTokens: number;
            latencyMs: number;
            model: string;
            /** @enum {string} */
            provider: "ollama" | "openai";
            /** @description USD, from SAGE_PRICES; 0 for unlisted (local) models. */
            cost: number;
        };
        GoalRun: {
            /** Format: uuid */
            id: string;
            goal: string;
            context: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "needs_review" | "completed" | "failed" | "cancelled";
            /** @description Where a running run is: planning, executing, verifying or synthesizing. */
            phase: ("planning" | "executing" | "verifying" | "synthesizing") | null;
            reviewThreshold: number;
            requireApproval: boolean;
            budget: {
                maxSteps: number;
                maxTokens: number;
                maxSeconds: number;
            };
            tokensUsed: number;
            finalAnswer: string | null;
            error: string | null;
            createdBy: string | null;
            /** @description The instance executing the run, or the last one that did. */
            instance: string | null;
            /** @description Each time the run was resumed on another instance, after its own shut down or stopped answering. */
            resumptions: components["schemas"]["GoalRunResumption"][];
            /** Format: date-time */
            createdAt: string;
            startedAt: string | null;
            finishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        GoalRunResumption: {
            /** Format: date-time */
            at: string;
            /** @description The instance that ran it before. */
            from: string | null;
            /** @description The instance that took it over. */
            to: string;
            /**
             * @description handed-over: its instance shut down and handed it over; owner-lost: its instance stopped answering.
             * @enum {string}
             */
            reason: "handed-over" | "owner-lost";
            /** @description Steps completed before; they were not run again. */
            completedSteps: number;
        };
        GoalStep: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            runId: string;
            index: number;
            /** @enum {string} */
            kind: "plan" | "step" | "verify" | "synthesize";
            planStep: number | null;
            title: string;
            task: string;
            model: string | null;
            provider: ("ollama" | "openai") | null;
            /** @description Why this model was chosen. */
            reason: string | null;
            promptSummary: string;
            output: string;
            promptTokens: number;
            completionTokens: number;
            latencyMs: number | null;
            /** @description 0-1, on verify rows. */
            score: number | null;
            issues: string[];
            /** @enum {string} */
            status: "running" | "succeeded" | "failed" | "cancelled" | "aborted" | "interrupted";
            error: string | null;
            /** Format: date-time */
            startedAt: string;
            finishedAt: string | null;
        };
        AiProviderStatus: {
            /** @enum {string} */
            provider: "ollama" | "openai";
            baseUrl: string;
            reachable: boolean;
            error: {
                code: string;
                message: string;
            } | null;
            /** @description Models it offered at the last check. */
            models: number;
            /** Format: date-time */
            checkedAt: string;
        };
        AiModel: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            provider: "ollama" | "openai";
            name: string;
            family: string | null;
            parameterSize: string | null;
            sizeBytes: number | null;
            capabilities: ("chat" | "code" | "embedding" | "vision" | "reasoning")[];
            /** @description True once an admin edited the capabilities. */
            capabilitiesOverridden: boolean;
            available: boolean;
            lastCheckedAt: string | null;
            /** @description Completed calls (ok or error; aborted calls not counted). */
            calls: number;
            successes: number;
            /** @description successes / calls, 0-1; null before any call. */
            successRate: number | null;
            /** @description Over the last 50 successful calls. */
            p50LatencyMs: number | null;
            p95LatencyMs: number | null;
        };
        AiSelectionCandidate: {
            model: string;
            /** @enum {string} */
            provider: "ollama" | "openai";
            reason: string;
        };
        AiUsageDay: {
            /**
             * Format: date
             * @description UTC day.
             */
            day: string;
            /** @enum {string} */
            provider: "ollama" | "openai";
            model: string;
            calls: number;
            errors: number;
            aborted: number;
            promptTokens: number;
            completionTokens: number;
            /** @description Over successful calls. */
            p50LatencyMs: number | null;
            p95LatencyMs: number | null;
            /** @description USD. */
            cost: number;
        };
        StatusModule: {
            name: string;
            /**
             * @description operational (healthy), degraded (slow or failing once), down (failing), maintenance (taken out of service).
             * @enum {string}
             */
            status: "operational" | "degraded" | "down" | "maintenance";
            /** @description Uptime over the 90 days, 0-100; null: no probes in that time. */
            uptimePercent: number | null;
            /** @description The last 90 UTC days, oldest first; today so far. */
            days: components["schemas"]["StatusDay"][];
        };
        StatusDay: {
            /**
             * Format: date
             * @description The UTC day.
             */
            date: string;
            /** @description Health probes recorded that day. */
            probes: number;
            /** @description Share of probes that were up (slow answers included), 0-100; null: no probes. */
            uptimePercent: number | null;
            /**
             * @description none: no probes; up: all up; degraded: all up, some slow; partial: some failed, at least 90% up; down: under 90% up.
             * @enum {string}
             */
            level: "none" | "up" | "degraded" | "partial" | "down";
        };
        StatusIncident: {
            title: string;
            /** @enum {string} */
            status: "investigating" | "identified" | "monitoring";
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What people are told, if anything yet. */
            message: string | null;
            /** @description Names of the public modules it affects. */
            modules: string[];
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            /** @enum {string} */
            scope: "read" | "write" | "admin";
            /** Format: uuid */
            userId: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        AlertUrlConfig: {
            /** Format: uri */
            url: string;
        };
        AlertNtfyConfig: {
            /**
             * Format: uri
             * @default https://ntfy.sh
             */
            server?: string;
            topic: string;
            token?: string;
        };
        AlertEmailConfig: {
            to: string[];
        };
        KnowledgeGraphDocumentInput: {
            nodes: {
                /** @description A UUID is kept as the node's id; any other key only names the node inside this document. */
                id: string;
                /** @enum {string} */
                kind: "fact" | "concept" | "entity" | "hypothesis" | "rule";
                label: string;
                /** @default  */
                content?: string;
                /** @default general */
                domain?: string;
                /** @default [] */
                tags?: string[];
                /** @default 0.5 */
                confidence?: number;
                /** @default 0.5 */
                importance?: number;
                statement?: {
                    subject: string;
                    predicate: string;
                    object: string;
                    /** @default false */
                    negated?: boolean;
                } | null;
                /**
                 * @description Written by the export; ignored on import.
                 * @enum {string}
                 */
                verification?: "unverified" | "reviewed" | "verified" | "disputed" | "refuted";
                /** @description Written by the export; ignored on import. */
                authorId?: string | null;
                /** @description Written by the export; ignored on import. */
                createdAt?: string;
                /** @description Written by the export; ignored on import. */
                updatedAt?: string;
            }[];
            /** @default [] */
            edges?: {
                fromId: string;
                toId: string;
                /** @enum {string} */
                relation: "supports" | "contradicts" | "causes" | "part_of" | "is_a" | "related_to" | "depends_on" | "derived_from" | "example_of";
                /** @default 0.5 */
                strength?: number;
                /** @default 0.5 */
                confidence?: number;
                /** @default  */
                evidence?: string;
                /** @description Written by the export; ignored on import. */
                id?: string;
                /** @description Written by the export; ignored on import. */
                createdAt?: string;
                /** @description Written by the export; ignored on import. */
                updatedAt?: string;
            }[];
            /** @description Written by the export; ignored on import. */
            truncated?: boolean;
        };
        GoalBudget: {
            /** @default 6 */
            maxSteps?: number;
            /** @default 20000 */
            maxTokens?: number;
            /** @default 300 */
            maxSeconds?: number;
        };
    };
    responses: never;
    parameters: {
        /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
        RequestId: string;
    };
    requestBodies: never;
    headers: {
        /** @description This request's id, also in the log and in an error's `requestId`. */
        "x-request-id": string;
        /** @description The API version that answered (`1`). */
        "API-Version": string;
        /** @description Seconds to wait before trying again. */
        "Retry-After": number;
        /** @description Requests allowed in the current window, for this token, user or address. */
        "RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "RateLimit-Remaining": number;
        /** @description Seconds until the window starts again. */
        "RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listActivity: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                type?: string;
                moduleId?: string;
                actorId?: string;
                from?: string;
                to?: string;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["ActivityEvent"][];
                        meta: components["schemas"]["ListMeta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCacheStats: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @enum {string} */
                            backend: "memory" | "upstash";
                            namespace: string;
                            keyVersion: number;
                            /** Format: date-time */
                            since: string;
                            healthy: boolean;
                            failures: {
                                total: number;
                                lastError: string | null;
                                lastErrorAt: string | null;
                            };
                            /** @description Invalidations not yet delivered to a back end that failed; sent on recovery. */
                            pendingInvalidations: number;
                            /** @description Entries held in process (memory back end). */
                            entries: number | null;
                            caches: components["schemas"]["CacheNameStats"][];
                            rateLimits: {
                                /** @enum {string} */
                                backend: "memory" | "upstash";
                                /** @description Whether the back end answered its last call. */
                                healthy?: boolean;
                                /** @description Failed back-end calls since start. */
                                failures?: number;
                                lastError?: string | null;
                                lastErrorAt?: string | null;
                            };
                            leases: {
                                /** @enum {string} */
                                backend: "postgres" | "redis";
                                /** @description Whether the back end answered its last call. */
                                healthy?: boolean;
                                /** @description Failed back-end calls since start. */
                                failures?: number;
                                lastError?: string | null;
                                lastErrorAt?: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listAgents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Agent"][];
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    persona: string;
                    /** @enum {string} */
                    taskKind?: "text-generation" | "reasoning" | "code" | "creative" | "summarization" | "verification" | "vision";
                    model?: string;
                    specialisation?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @description Addressed in a message as @Name. */
                            name: string;
                            /** @description Its system prompt. */
                            persona: string;
                            taskKind: string | null;
                            model: string | null;
                            specialisation: string | null;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @description Addressed in a message as @Name. */
                            name: string;
                            /** @description Its system prompt. */
                            persona: string;
                            taskKind: string | null;
                            model: string | null;
                            specialisation: string | null;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    persona?: string;
                    taskKind?: ("text-generation" | "reasoning" | "code" | "creative" | "summarization" | "verification" | "vision") | null;
                    model?: string | null;
                    specialisation?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @description Addressed in a message as @Name. */
                            name: string;
                            /** @description Its system prompt. */
                            persona: string;
                            taskKind: string | null;
                            model: string | null;
                            specialisation: string | null;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listAlertChannels: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["AlertChannel"][];
                        meta: components["schemas"]["ListMeta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createAlertChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @constant */
                    kind: "webhook";
                    config: components["schemas"]["AlertUrlConfig"];
                    enabled?: boolean;
                } | {
                    name: string;
                    /** @constant */
                    kind: "slack";
                    config: components["schemas"]["AlertUrlConfig"];
                    enabled?: boolean;
                } | {
                    name: string;
                    /** @constant */
                    kind: "discord";
                    config: components["schemas"]["AlertUrlConfig"];
                    enabled?: boolean;
                } | {
                    name: string;
                    /** @constant */
                    kind: "ntfy";
                    config: components["schemas"]["AlertNtfyConfig"];
                    enabled?: boolean;
                } | {
                    name: string;
                    /** @constant */
                    kind: "email";
                    config: components["schemas"]["AlertEmailConfig"];
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "webhook" | "slack" | "discord" | "ntfy" | "email";
                            enabled: boolean;
                            target: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            secret: string | null;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getAlertChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "webhook" | "slack" | "discord" | "ntfy" | "email";
                            enabled: boolean;
                            target: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteAlertChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "webhook" | "slack" | "discord" | "ntfy" | "email";
                            enabled: boolean;
                            target: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateAlertChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    enabled?: boolean;
                    config?: components["schemas"]["AlertUrlConfig"] | components["schemas"]["AlertNtfyConfig"] | components["schemas"]["AlertEmailConfig"];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "webhook" | "slack" | "discord" | "ntfy" | "email";
                            enabled: boolean;
                            target: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listAlertDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["AlertDelivery"][];
                        meta: components["schemas"]["ListMeta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    rotateAlertChannelSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "webhook" | "slack" | "discord" | "ntfy" | "email";
                            enabled: boolean;
                            target: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            secret: string | null;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    testAlertChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            delivered: boolean;
                            statusCode: number | null;
                            error: string | null;
                            durationMs: number;
                            responseExcerpt: string | null;
                            /** Format: uuid */
                            notificationId: string;
                            /** Format: uuid */
                            deliveryId: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getEmergencyState: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @enum {string} */
                            mode: "normal" | "paused" | "stopped";
                            since: string | null;
                            reason: string | null;
                            by: string | null;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    applyEmergencyAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "pause" | "stop" | "resume";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @enum {string} */
                            mode: "normal" | "paused" | "stopped";
                            since: string | null;
                            reason: string | null;
                            by: string | null;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listFlags: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["FeatureFlag"][];
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateFlag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean | null;
                    note?: string;
                    /** @enum {string} */
                    key: "cache.redis" | "ai.advanced" | "cluster.leases" | "realtime" | "reviews.autoApprove";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @enum {string} */
                            key: "cache.redis" | "ai.advanced" | "cluster.leases" | "realtime" | "reviews.autoApprove";
                            label: string;
                            description: string;
                            /** @description In force now. */
                            enabled: boolean;
                            /** @description What applies without an override (NEXUS_FLAGS or built in). */
                            default: boolean;
                            overridden: boolean;
                            note: string | null;
                            updatedBy: string | null;
                            updatedAt: string | null;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            status: "ok";
                            version: string;
                            /** Format: date-time */
                            startedAt: string;
                            uptimeSeconds: number;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listKnowledgeContradictions: {
        parameters: {
            query?: {
                status?: "open" | "resolved";
                limit?: number;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["KnowledgeContradiction"][];
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getKnowledgeContradiction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            contradiction: components["schemas"]["KnowledgeContradiction"];
                            nodeA: components["schemas"]["KnowledgeNode"] | null;
                            nodeB: components["schemas"]["KnowledgeNode"] | null;
                            sources: {
                                /** Format: uuid */
                                nodeId: string;
                                /** Format: uuid */
                                sourceId: string;
                                title: string;
                                /** @enum {string} */
                                stance: "supports" | "contradicts" | "neutral";
                                reputation: number;
                            }[];
                            consensus: {
                                shareA: number;
                                shareB: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    resolveKnowledgeContradiction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    resolution: "keep_a" | "keep_b" | "both" | "merge";
                    /** @default  */
                    note?: string;
                    /** @description For `both`: when each holds; added to both nodes. */
                    context?: string;
                    /** @description For `merge`. */
                    mergedLabel?: string;
                    /** @description For `merge`. */
                    mergedContent?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            contradiction: components["schemas"]["KnowledgeContradiction"];
                            consensus: {
                                shareA: number;
                                shareB: number;
                            };
                            reputation: {
                                /** Format: uuid */
                                sourceId: string;
                                title: string;
                                before: number;
                                after: number;
                            }[];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getKnowledgeDiff: {
        parameters: {
            query: {
                date: string;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            date: string;
                            nodes: {
                                added: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    fields: {
                                        [key: string]: [
                                            unknown,
                                            unknown
                                        ];
                                    };
                                }[];
                                changed: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    fields: {
                                        [key: string]: [
                                            unknown,
                                            unknown
                                        ];
                                    };
                                }[];
                                removed: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    fields: {
                                        [key: string]: [
                                            unknown,
                                            unknown
                                        ];
                                    };
                                }[];
                                transient: number;
                            };
                            edges: {
                                added: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    fields: {
                                        [key: string]: [
                                            unknown,
                                            unknown
                                        ];
                                    };
                                }[];
                                changed: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    fields: {
                                        [key: string]: [
                                            unknown,
                                            unknown
                                        ];
                                    };
                                }[];
                                removed: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    fields: {
                                        [key: string]: [
                                            unknown,
                                            unknown
                                        ];
                                    };
                                }[];
                                transient: number;
                            };
                            sources: {
                                added: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    fields: {
                                        [key: string]: [
                                            unknown,
                                            unknown
                                        ];
                                    };
                                }[];
                                changed: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    fields: {
                                        [key: string]: [
                                            unknown,
                                            unknown
                                        ];
                                    };
                                }[];
                                removed: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    fields: {
                                        [key: string]: [
                                            unknown,
                                            unknown
                                        ];
                                    };
                                }[];
                                transient: number;
                            };
                            contradictions: {
                                opened: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                }[];
                                resolved: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    resolution: string | null;
                                }[];
                            };
                            confidenceChanges: {
                                /** Format: uuid */
                                id: string;
                                label: string;
                                before: number;
                                after: number;
                            }[];
                            summary: string;
                            /** @enum {string} */
                            summaryBy: "model" | "computed";
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createKnowledgeEdge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    fromId: string;
                    /** Format: uuid */
                    toId: string;
                    /** @enum {string} */
                    relation: "supports" | "contradicts" | "causes" | "part_of" | "is_a" | "related_to" | "depends_on" | "derived_from" | "example_of";
                    /** @default 0.5 */
                    strength?: number;
                    /** @default 0.5 */
                    confidence?: number;
                    /** @default  */
                    evidence?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            edge: components["schemas"]["KnowledgeEdge"];
                            contradictions: components["schemas"]["KnowledgeContradiction"][];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getKnowledgeEdge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            fromId: string;
                            /** Format: uuid */
                            toId: string;
                            /** @enum {string} */
                            relation: "supports" | "contradicts" | "causes" | "part_of" | "is_a" | "related_to" | "depends_on" | "derived_from" | "example_of";
                            strength: number;
                            confidence: number;
                            evidence: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteKnowledgeEdge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            fromId: string;
                            /** Format: uuid */
                            toId: string;
                            /** @enum {string} */
                            relation: "supports" | "contradicts" | "causes" | "part_of" | "is_a" | "related_to" | "depends_on" | "derived_from" | "example_of";
                            strength: number;
                            confidence: number;
                            evidence: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateKnowledgeEdge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    relation?: "supports" | "contradicts" | "causes" | "part_of" | "is_a" | "related_to" | "depends_on" | "derived_from" | "example_of";
                    strength?: number;
                    confidence?: number;
                    evidence?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            edge: components["schemas"]["KnowledgeEdge"];
                            contradictions: components["schemas"]["KnowledgeContradiction"][];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    exportKnowledge: {
        parameters: {
            query?: {
                /** @description Deprecated. `json` (the default): the JSON file documented here. `graphml`: the GraphML file of GET /knowledge/export.graphml, its successor, with `Deprecation` and `Link: </api/v1/knowledge/export.graphml>; rel="successor-version"` headers; kept for this API version only. */
                format?: "json" | "graphml";
                root?: string;
                depth?: number;
                domain?: string;
                limit?: number;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description A file to save: attachment; filename="knowledge.json". */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        nodes: components["schemas"]["KnowledgeNode"][];
                        edges: components["schemas"]["KnowledgeEdge"][];
                        truncated: boolean;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    exportKnowledgeGraphML: {
        parameters: {
            query?: {
                root?: string;
                depth?: number;
                domain?: string;
                limit?: number;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description A file to save: attachment; filename="knowledge.graphml". */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/graphml+xml": string;
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    extractKnowledge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text?: string;
                    /** Format: uuid */
                    goalStepId?: string;
                    domain?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            draft: components["schemas"]["KnowledgeGraphDocument"];
                            /** @description Parts of the model's answer that were not usable, and why. */
                            dropped: string[];
                            model: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description AI work is paused or stopped by the emergency controls (EMERGENCY_ACTIVE). */
            423: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A model provider failed or broke off (PROVIDER_ERROR, PROVIDER_UNREACHABLE, PROVIDER_TIMEOUT, MODEL_UNAVAILABLE). */
            502: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The model provider did not answer in time (PROVIDER_TIMEOUT). */
            504: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    reviewKnowledgeDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    draft: components["schemas"]["KnowledgeGraphDocumentInput"];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "fact_verification" | "contradiction" | "goal_approval" | "task_review";
                            subjectType: string;
                            subjectId: string;
                            title: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "open" | "approved" | "rejected";
                            /** @enum {string} */
                            urgency: "low" | "normal" | "high" | "critical";
                            /** @description Decided by the auto-approve rule, not a person. */
                            autoApproved: boolean;
                            decidedBy: string | null;
                            decisionNote: string | null;
                            decidedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    importKnowledge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nodes: {
                        /** @description A UUID is kept as the node's id; any other key only names the node inside this document. */
                        id: string;
                        /** @enum {string} */
                        kind: "fact" | "concept" | "entity" | "hypothesis" | "rule";
                        label: string;
                        /** @default  */
                        content?: string;
                        /** @default general */
                        domain?: string;
                        /** @default [] */
                        tags?: string[];
                        /** @default 0.5 */
                        confidence?: number;
                        /** @default 0.5 */
                        importance?: number;
                        statement?: {
                            subject: string;
                            predicate: string;
                            object: string;
                            /** @default false */
                            negated?: boolean;
                        } | null;
                        /**
                         * @description Written by the export; ignored on import.
                         * @enum {string}
                         */
                        verification?: "unverified" | "reviewed" | "verified" | "disputed" | "refuted";
                        /** @description Written by the export; ignored on import. */
                        authorId?: string | null;
                        /** @description Written by the export; ignored on import. */
                        createdAt?: string;
                        /** @description Written by the export; ignored on import. */
                        updatedAt?: string;
                    }[];
                    /** @default [] */
                    edges?: {
                        fromId: string;
                        toId: string;
                        /** @enum {string} */
                        relation: "supports" | "contradicts" | "causes" | "part_of" | "is_a" | "related_to" | "depends_on" | "derived_from" | "example_of";
                        /** @default 0.5 */
                        strength?: number;
                        /** @default 0.5 */
                        confidence?: number;
                        /** @default  */
                        evidence?: string;
                        /** @description Written by the export; ignored on import. */
                        id?: string;
                        /** @description Written by the export; ignored on import. */
                        createdAt?: string;
                        /** @description Written by the export; ignored on import. */
                        updatedAt?: string;
                    }[];
                    /** @description Written by the export; ignored on import. */
                    truncated?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            nodesCreated: number;
                            nodesSkipped: number;
                            edgesCreated: number;
                            edgesSkipped: number;
                            ids: {
                                [key: string]: string;
                            };
                            contradictions: number;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listKnowledgeNodes: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                kind?: "fact" | "concept" | "entity" | "hypothesis" | "rule";
                domain?: string;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["KnowledgeNode"][];
                        meta: components["schemas"]["ListMeta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createKnowledgeNode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "fact" | "concept" | "entity" | "hypothesis" | "rule";
                    label: string;
                    /** @default  */
                    content?: string;
                    /** @default general */
                    domain?: string;
                    /** @default [] */
                    tags?: string[];
                    /** @default 0.5 */
                    confidence?: number;
                    /** @default 0.5 */
                    importance?: number;
                    /** @description The fact as subject-predicate-object, checked against other statements with the same subject and predicate. */
                    statement?: {
                        subject: string;
                        predicate: string;
                        object: string;
                        /** @default false */
                        negated?: boolean;
                    };
                    sources?: ({
                        /** Format: uuid */
                        sourceId: string;
                        /**
                         * @default supports
                         * @enum {string}
                         */
                        stance?: "supports" | "contradicts" | "neutral";
                    } | {
                        title: string;
                        /** Format: uri */
                        url?: string;
                        /**
                         * @default unknown
                         * @enum {string}
                         */
                        type?: "academic" | "government" | "expert" | "news" | "community" | "ai" | "unknown";
                        /**
                         * @default supports
                         * @enum {string}
                         */
                        stance?: "supports" | "contradicts" | "neutral";
                    })[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            node: components["schemas"]["KnowledgeNode"];
                            contradictions: components["schemas"]["KnowledgeContradiction"][];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getKnowledgeNode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            node: components["schemas"]["KnowledgeNode"];
                            sources: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                url: string | null;
                                /** @enum {string} */
                                type: "academic" | "government" | "expert" | "news" | "community" | "ai" | "unknown";
                                reputation: number;
                                accuracy: number | null;
                                upheld: number;
                                overturned: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** @enum {string} */
                                stance: "supports" | "contradicts" | "neutral";
                            }[];
                            edges: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                fromId: string;
                                /** Format: uuid */
                                toId: string;
                                /** @enum {string} */
                                relation: "supports" | "contradicts" | "causes" | "part_of" | "is_a" | "related_to" | "depends_on" | "derived_from" | "example_of";
                                strength: number;
                                confidence: number;
                                evidence: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** @enum {string} */
                                direction: "out" | "in";
                                other: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    /** @enum {string} */
                                    kind: "fact" | "concept" | "entity" | "hypothesis" | "rule";
                                };
                            }[];
                            contradictions: components["schemas"]["KnowledgeContradiction"][];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteKnowledgeNode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "fact" | "concept" | "entity" | "hypothesis" | "rule";
                            label: string;
                            content: string;
                            domain: string;
                            tags: string[];
                            confidence: number;
                            importance: number;
                            /** @enum {string} */
                            verification: "unverified" | "reviewed" | "verified" | "disputed" | "refuted";
                            statement: {
                                subject: string;
                                predicate: string;
                                object: string;
                                negated: boolean;
                            } | null;
                            authorId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateKnowledgeNode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind?: "fact" | "concept" | "entity" | "hypothesis" | "rule";
                    label?: string;
                    content?: string;
                    domain?: string;
                    tags?: string[];
                    confidence?: number;
                    importance?: number;
                    /** @enum {string} */
                    verification?: "unverified" | "reviewed" | "verified" | "disputed" | "refuted";
                    statement?: {
                        subject: string;
                        predicate: string;
                        object: string;
                        /** @default false */
                        negated?: boolean;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            node: components["schemas"]["KnowledgeNode"];
                            contradictions: components["schemas"]["KnowledgeContradiction"][];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getKnowledgeNeighbors: {
        parameters: {
            query?: {
                depth?: number;
                relation?: string | string[];
                limit?: number;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            nodes: components["schemas"]["KnowledgeNode"][];
                            edges: components["schemas"]["KnowledgeEdge"][];
                            truncated: boolean;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    linkKnowledgeSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    sourceId: string;
                    /**
                     * @default supports
                     * @enum {string}
                     */
                    stance?: "supports" | "contradicts" | "neutral";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            nodeId: string;
                            /** Format: uuid */
                            sourceId: string;
                            /** @enum {string} */
                            stance: "supports" | "contradicts" | "neutral";
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getKnowledgePath: {
        parameters: {
            query: {
                from: string;
                to: string;
                maxDepth?: number;
                relation?: string | string[];
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            found: boolean;
                            length: number | null;
                            nodes: components["schemas"]["KnowledgeNode"][];
                            edges: components["schemas"]["KnowledgeEdge"][];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    searchKnowledge: {
        parameters: {
            query: {
                q: string;
                kind?: "fact" | "concept" | "entity" | "hypothesis" | "rule";
                domain?: string;
                limit?: number;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["KnowledgeSearchHit"][];
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listKnowledgeSources: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["KnowledgeSource"][];
                        meta: components["schemas"]["ListMeta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createKnowledgeSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** Format: uri */
                    url?: string;
                    /**
                     * @default unknown
                     * @enum {string}
                     */
                    type?: "academic" | "government" | "expert" | "news" | "community" | "ai" | "unknown";
                    reputation?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            url: string | null;
                            /** @enum {string} */
                            type: "academic" | "government" | "expert" | "news" | "community" | "ai" | "unknown";
                            reputation: number;
                            accuracy: number | null;
                            upheld: number;
                            overturned: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getKnowledgeSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            url: string | null;
                            /** @enum {string} */
                            type: "academic" | "government" | "expert" | "news" | "community" | "ai" | "unknown";
                            reputation: number;
                            accuracy: number | null;
                            upheld: number;
                            overturned: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteKnowledgeSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            url: string | null;
                            /** @enum {string} */
                            type: "academic" | "government" | "expert" | "news" | "community" | "ai" | "unknown";
                            reputation: number;
                            accuracy: number | null;
                            upheld: number;
                            overturned: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateKnowledgeSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    url?: string | null;
                    /** @enum {string} */
                    type?: "academic" | "government" | "expert" | "news" | "community" | "ai" | "unknown";
                    reputation?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            url: string | null;
                            /** @enum {string} */
                            type: "academic" | "government" | "expert" | "news" | "community" | "ai" | "unknown";
                            reputation: number;
                            accuracy: number | null;
                            upheld: number;
                            overturned: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            user: components["schemas"]["User"];
                            /** @enum {string} */
                            effectiveRole: "viewer" | "operator" | "admin";
                            /** @enum {string} */
                            via: "session" | "token";
                            tokenId: string | null;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getMetricsHistory: {
        parameters: {
            query?: {
                /** @description Start of the range (default: an hour before `to`). */
                from?: string;
                /** @description End of the range (default: now). */
                to?: string;
                /** @description raw samples, or averages per 1m, 5m or 1h (default: raw up to an hour, 1m up to a day, 1h beyond). */
                step?: "raw" | "1m" | "5m" | "1h";
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @enum {string} */
                            step: "raw" | "1m" | "5m" | "1h";
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            /** @description Oldest first. For 1m, 5m and 1h a point's takenAt is the start of its bucket (UTC-aligned), its figures the averages of the samples in it. */
                            points: components["schemas"]["MetricsSample"][];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getLatestMetrics: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: date-time */
                            takenAt: string;
                            /** @description The instance that took the sample. */
                            instanceId: string;
                            /** @description Process CPU since the previous sample; one core = 100. */
                            cpuPercent: number;
                            /** @description Resident set size of the process. */
                            rssBytes: number;
                            /** @description V8 heap in use. */
                            heapUsedBytes: number;
                            /** @description 99th percentile of event-loop delay since the previous sample, in ms. */
                            eventLoopP99Ms: number;
                            httpRequestsPerSecond: number;
                            /** @description Share of 5xx answers, 0-1. */
                            httpErrorRate: number;
                            /** @description 95th percentile of response time, in ms. */
                            httpP95Ms: number;
                            /** @description Sockets open in the metrics room. */
                            realtimeConnections: number;
                            /** @description Modules whose status is active or warning. */
                            modulesOnline: number;
                            modulesTotal: number;
                            /** @description Average load of all modules, 0-100. */
                            modulesAvgLoad: number;
                            aiRequestsPerHour: number;
                            aiTokensPerHour: number;
                            aiCostPerHour: number;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listModules: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "active" | "warning" | "error" | "inactive";
                kind?: string;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description `no-cache` reads the registry afresh instead of from the shared cache. */
                "Cache-Control"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Module"][];
                        meta: components["schemas"]["ListMeta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createModule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    slug: string;
                    name: string;
                    description?: string;
                    kind: string;
                    /** @enum {string} */
                    status?: "active" | "warning" | "error" | "inactive";
                    integrationLevel?: number;
                    load?: number;
                    metrics?: {
                        [key: string]: number | string;
                    };
                    healthEndpoint?: string | null;
                    probeIntervalSeconds?: number;
                    probeTimeoutMs?: number;
                    /** @description Listed on the public status page (/status): its name, status and uptime only. */
                    public?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The new module's version ("1"), to send back as If-Match. */
                    ETag?: string;
                    /** @description Where the new module is: /api/v1/modules/{id}. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            description: string;
                            kind: string;
                            /** @enum {string} */
                            status: "active" | "warning" | "error" | "inactive";
                            integrationLevel: number;
                            load: number;
                            metrics: {
                                [key: string]: number | string;
                            };
                            healthEndpoint: string | null;
                            probeIntervalSeconds: number;
                            probeTimeoutMs: number;
                            lastProbe: {
                                /** Format: date-time */
                                at: string;
                                ok: boolean;
                                latencyMs: number | null;
                                error: string | null;
                            } | null;
                            consecutiveFailures: number;
                            /** @description Listed on the public status page (/status): its name, status and uptime only. */
                            public: boolean;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getModule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The module's version ("3"), to send back as If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            description: string;
                            kind: string;
                            /** @enum {string} */
                            status: "active" | "warning" | "error" | "inactive";
                            integrationLevel: number;
                            load: number;
                            metrics: {
                                [key: string]: number | string;
                            };
                            healthEndpoint: string | null;
                            probeIntervalSeconds: number;
                            probeTimeoutMs: number;
                            lastProbe: {
                                /** Format: date-time */
                                at: string;
                                ok: boolean;
                                latencyMs: number | null;
                                error: string | null;
                            } | null;
                            consecutiveFailures: number;
                            /** @description Listed on the public status page (/status): its name, status and uptime only. */
                            public: boolean;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteModule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description The version you read, as its ETag ("3"): a 409 if the module changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            description: string;
                            kind: string;
                            /** @enum {string} */
                            status: "active" | "warning" | "error" | "inactive";
                            integrationLevel: number;
                            load: number;
                            metrics: {
                                [key: string]: number | string;
                            };
                            healthEndpoint: string | null;
                            probeIntervalSeconds: number;
                            probeTimeoutMs: number;
                            lastProbe: {
                                /** Format: date-time */
                                at: string;
                                ok: boolean;
                                latencyMs: number | null;
                                error: string | null;
                            } | null;
                            consecutiveFailures: number;
                            /** @description Listed on the public status page (/status): its name, status and uptime only. */
                            public: boolean;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateModule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description The version you read, as its ETag ("3"): a 409 if the module changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    slug?: string;
                    name?: string;
                    description?: string;
                    kind?: string;
                    /** @enum {string} */
                    status?: "active" | "warning" | "error" | "inactive";
                    integrationLevel?: number;
                    load?: number;
                    metrics?: {
                        [key: string]: number | string;
                    };
                    healthEndpoint?: string | null;
                    probeIntervalSeconds?: number;
                    probeTimeoutMs?: number;
                    /** @description Listed on the public status page (/status): its name, status and uptime only. */
                    public?: boolean;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The module's version ("3"), to send back as If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            description: string;
                            kind: string;
                            /** @enum {string} */
                            status: "active" | "warning" | "error" | "inactive";
                            integrationLevel: number;
                            load: number;
                            metrics: {
                                [key: string]: number | string;
                            };
                            healthEndpoint: string | null;
                            probeIntervalSeconds: number;
                            probeTimeoutMs: number;
                            lastProbe: {
                                /** Format: date-time */
                                at: string;
                                ok: boolean;
                                latencyMs: number | null;
                                error: string | null;
                            } | null;
                            consecutiveFailures: number;
                            /** @description Listed on the public status page (/status): its name, status and uptime only. */
                            public: boolean;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getModuleHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            statusChanges: components["schemas"]["ModuleStatusChange"][];
                            probes: {
                                ok: boolean;
                                httpStatus: number | null;
                                latencyMs: number;
                                error: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            ready: boolean;
                            degraded: ("database" | "cache" | "realtime")[];
                            checks: components["schemas"]["ComponentCheck"][];
                            /** Format: date-time */
                            checkedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createRoomToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    room: "global" | string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            token: string;
                            host: string;
                            party: string;
                            room: string;
                            /** Format: date-time */
                            expiresAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listReviews: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "open" | "approved" | "rejected";
                kind?: "fact_verification" | "contradiction" | "goal_approval" | "task_review";
                /** @description urgency: most urgent first, then oldest first (the default for status=open); newest: newest first (the default otherwise). */
                sort?: "urgency" | "newest";
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["ReviewRequest"][];
                        meta: components["schemas"]["ListMeta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "fact_verification" | "contradiction" | "goal_approval" | "task_review";
                            subjectType: string;
                            subjectId: string;
                            title: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "open" | "approved" | "rejected";
                            /** @enum {string} */
                            urgency: "low" | "normal" | "high" | "critical";
                            /** @description Decided by the auto-approve rule, not a person. */
                            autoApproved: boolean;
                            decidedBy: string | null;
                            decisionNote: string | null;
                            decidedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    decideReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "fact_verification" | "contradiction" | "goal_approval" | "task_review";
                            subjectType: string;
                            subjectId: string;
                            title: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "open" | "approved" | "rejected";
                            /** @enum {string} */
                            urgency: "low" | "normal" | "high" | "critical";
                            /** @description Decided by the auto-approve rule, not a person. */
                            autoApproved: boolean;
                            decidedBy: string | null;
                            decisionNote: string | null;
                            decidedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listRooms: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Room"][];
                        meta: components["schemas"]["ListMeta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createRoom: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default  */
                    topic?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            topic: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /**
                             * @description The caller's role in the room.
                             * @enum {string}
                             */
                            myRole: "owner" | "member";
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getRoom: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            topic: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /**
                             * @description The caller's role in the room.
                             * @enum {string}
                             */
                            myRole: "owner" | "member";
                            members: components["schemas"]["RoomMember"][];
                            agents: components["schemas"]["RoomAgent"][];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteRoom: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            topic: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /**
                             * @description The caller's role in the room.
                             * @enum {string}
                             */
                            myRole: "owner" | "member";
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateRoom: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    topic?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            topic: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /**
                             * @description The caller's role in the room.
                             * @enum {string}
                             */
                            myRole: "owner" | "member";
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listRoomAgents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["RoomAgent"][];
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    addRoomAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agentId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            agentId: string;
                            name: string;
                            specialisation: string | null;
                            /** Format: date-time */
                            addedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    removeRoomAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                agentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            roomId: string;
                            /** Format: uuid */
                            agentId: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    askRoomAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agentId: string;
                    /** @description What to ask; without it the agent answers the conversation so far. */
                    prompt?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            streamId: string;
                            /** Format: uuid */
                            agentId: string;
                            agentName: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description AI work is paused or stopped by the emergency controls (EMERGENCY_ACTIVE). */
            423: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listRoomMembers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["RoomMember"][];
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    addRoomMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    userId: string;
                    /**
                     * @default member
                     * @enum {string}
                     */
                    role?: "owner" | "member";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            userId: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "owner" | "member";
                            /** Format: date-time */
                            joinedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    removeRoomMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            roomId: string;
                            /** Format: uuid */
                            userId: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listRoomMessages: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description A message's `cursor`: the messages after it, oldest first (catching up after a reconnect). */
                since?: string;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["RoomMessage"][];
                        meta: components["schemas"]["ListMeta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postRoomMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
                /** @description One key per message (a UUID): a retry with it stores nothing new. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description A retry with an Idempotency-Key already used for this message: the message stored then (`meta.replayed` is true), nothing stored again. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            roomId: string;
                            /** @enum {string} */
                            kind: "message" | "agent" | "plan";
                            author: {
                                /** @enum {string} */
                                type: "user" | "agent";
                                id: string | null;
                                name: string;
                            };
                            /** @description Markdown, as written. */
                            body: string;
                            /** @description The body rendered and sanitised. */
                            html: string;
                            meta: {
                                [key: string]: unknown;
                            };
                            editedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Pass as `since` to get the messages after this one. */
                            cursor: string;
                        };
                        meta: {
                            requestId: string;
                            /** @description True when this answer is a retry's: nothing new was stored. */
                            replayed: boolean;
                            /** @description The agents answering, each with the stream its reply comes on. */
                            replies: {
                                agentId: string;
                                agentName: string;
                                streamId: string;
                            }[];
                            /** @description Why mentioned agents do not answer, when they do not. */
                            notice: string | null;
                        };
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Success */
            201: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            roomId: string;
                            /** @enum {string} */
                            kind: "message" | "agent" | "plan";
                            author: {
                                /** @enum {string} */
                                type: "user" | "agent";
                                id: string | null;
                                name: string;
                            };
                            /** @description Markdown, as written. */
                            body: string;
                            /** @description The body rendered and sanitised. */
                            html: string;
                            meta: {
                                [key: string]: unknown;
                            };
                            editedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Pass as `since` to get the messages after this one. */
                            cursor: string;
                        };
                        meta: {
                            requestId: string;
                            /** @description True when this answer is a retry's: nothing new was stored. */
                            replayed: boolean;
                            /** @description The agents answering, each with the stream its reply comes on. */
                            replies: {
                                agentId: string;
                                agentName: string;
                                streamId: string;
                            }[];
                            /** @description Why mentioned agents do not answer, when they do not. */
                            notice: string | null;
                        };
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteRoomMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    editRoomMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            roomId: string;
                            /** @enum {string} */
                            kind: "message" | "agent" | "plan";
                            author: {
                                /** @enum {string} */
                                type: "user" | "agent";
                                id: string | null;
                                name: string;
                            };
                            /** @description Markdown, as written. */
                            body: string;
                            /** @description The body rendered and sanitised. */
                            html: string;
                            meta: {
                                [key: string]: unknown;
                            };
                            editedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Pass as `since` to get the messages after this one. */
                            cursor: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    stopRoomReply: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            streamId: string;
                            /** @constant */
                            stopped: true;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    solveTogether: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    problem: string;
                    agentIds: string[];
                    /**
                     * Format: uuid
                     * @description The agent that merges the proposals (default: the first one picked).
                     */
                    synthesizerId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            solveId: string;
                            /** Format: uuid */
                            problemMessageId: string;
                            proposals: {
                                /** Format: uuid */
                                streamId: string;
                                /** Format: uuid */
                                agentId: string;
                                agentName: string;
                            }[];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description AI work is paused or stopped by the emergency controls (EMERGENCY_ACTIVE). */
            423: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    generate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    prompt?: string;
                    messages?: {
                        /** @enum {string} */
                        role: "system" | "user" | "assistant";
                        content: string;
                    }[];
                    /** @enum {string} */
                    task: "text-generation" | "reasoning" | "code" | "creative" | "summarization" | "verification" | "embedding" | "vision";
                    /** @description Use this model instead of choosing. */
                    model?: string;
                    temperature?: number;
                    maxTokens?: number;
                    /**
                     * @description Deprecated. `false`: the one JSON answer documented here. `true`, or leaving it out (the old default): the Server-Sent Events of POST /sage/generate/stream, its successor, with `Deprecation` and `Link: </api/v1/sage/generate/stream>; rel="successor-version"` headers; kept for this API version only. Streaming clients call POST /sage/generate/stream.
                     * @default true
                     */
                    stream?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            text: string;
                            /** @description Why this model was chosen. */
                            reason: string;
                            usage: components["schemas"]["AiUsage"];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Understood but not possible as asked (MODEL_UNAVAILABLE: the named model cannot do the task). */
            422: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description AI work is paused or stopped by the emergency controls (EMERGENCY_ACTIVE). */
            423: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A model provider failed or broke off (PROVIDER_ERROR, PROVIDER_UNREACHABLE, PROVIDER_TIMEOUT, MODEL_UNAVAILABLE). */
            502: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The model provider did not answer in time (PROVIDER_TIMEOUT). */
            504: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    generateStream: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    prompt?: string;
                    messages?: {
                        /** @enum {string} */
                        role: "system" | "user" | "assistant";
                        content: string;
                    }[];
                    /** @enum {string} */
                    task: "text-generation" | "reasoning" | "code" | "creative" | "summarization" | "verification" | "embedding" | "vision";
                    /** @description Use this model instead of choosing. */
                    model?: string;
                    temperature?: number;
                    maxTokens?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Understood but not possible as asked (MODEL_UNAVAILABLE: the named model cannot do the task). */
            422: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description AI work is paused or stopped by the emergency controls (EMERGENCY_ACTIVE). */
            423: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listGoalRuns: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "queued" | "running" | "needs_review" | "completed" | "failed" | "cancelled";
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["GoalRun"][];
                        meta: components["schemas"]["ListMeta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createGoalRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    goal: string;
                    context?: string;
                    /** @description Limits for steps, tokens and wall time. */
                    budget?: components["schemas"]["GoalBudget"];
                    /** @description A verified step scoring below this becomes a task_review request (default REVIEW_THRESHOLD, 0.8). */
                    reviewThreshold?: number;
                    /** @description When true, the final answer waits for a goal_approval decision. */
                    requireApproval?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            goal: string;
                            context: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "needs_review" | "completed" | "failed" | "cancelled";
                            /** @description Where a running run is: planning, executing, verifying or synthesizing. */
                            phase: ("planning" | "executing" | "verifying" | "synthesizing") | null;
                            reviewThreshold: number;
                            requireApproval: boolean;
                            budget: {
                                maxSteps: number;
                                maxTokens: number;
                                maxSeconds: number;
                            };
                            tokensUsed: number;
                            finalAnswer: string | null;
                            error: string | null;
                            createdBy: string | null;
                            /** @description The instance executing the run, or the last one that did. */
                            instance: string | null;
                            /** @description Each time the run was resumed on another instance, after its own shut down or stopped answering. */
                            resumptions: components["schemas"]["GoalRunResumption"][];
                            /** Format: date-time */
                            createdAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description AI work is paused or stopped by the emergency controls (EMERGENCY_ACTIVE). */
            423: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getGoalRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            goal: string;
                            context: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "needs_review" | "completed" | "failed" | "cancelled";
                            /** @description Where a running run is: planning, executing, verifying or synthesizing. */
                            phase: ("planning" | "executing" | "verifying" | "synthesizing") | null;
                            reviewThreshold: number;
                            requireApproval: boolean;
                            budget: {
                                maxSteps: number;
                                maxTokens: number;
                                maxSeconds: number;
                            };
                            tokensUsed: number;
                            finalAnswer: string | null;
                            error: string | null;
                            createdBy: string | null;
                            /** @description The instance executing the run, or the last one that did. */
                            instance: string | null;
                            /** @description Each time the run was resumed on another instance, after its own shut down or stopped answering. */
                            resumptions: components["schemas"]["GoalRunResumption"][];
                            /** Format: date-time */
                            createdAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            steps: components["schemas"]["GoalStep"][];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    cancelGoalRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            goal: string;
                            context: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "needs_review" | "completed" | "failed" | "cancelled";
                            /** @description Where a running run is: planning, executing, verifying or synthesizing. */
                            phase: ("planning" | "executing" | "verifying" | "synthesizing") | null;
                            reviewThreshold: number;
                            requireApproval: boolean;
                            budget: {
                                maxSteps: number;
                                maxTokens: number;
                                maxSeconds: number;
                            };
                            tokensUsed: number;
                            finalAnswer: string | null;
                            error: string | null;
                            createdBy: string | null;
                            /** @description The instance executing the run, or the last one that did. */
                            instance: string | null;
                            /** @description Each time the run was resumed on another instance, after its own shut down or stopped answering. */
                            resumptions: components["schemas"]["GoalRunResumption"][];
                            /** Format: date-time */
                            createdAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            steps: components["schemas"]["GoalStep"][];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listAiModels: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description Every configured provider at its last check. */
                            providers: components["schemas"]["AiProviderStatus"][];
                            /** @description Every model ever discovered, available or not. */
                            models: components["schemas"]["AiModel"][];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateAiModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The model's capabilities; null goes back to the inferred ones. */
                    capabilities: ("chat" | "code" | "embedding" | "vision" | "reasoning")[] | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            provider: "ollama" | "openai";
                            name: string;
                            family: string | null;
                            parameterSize: string | null;
                            sizeBytes: number | null;
                            capabilities: ("chat" | "code" | "embedding" | "vision" | "reasoning")[];
                            /** @description True once an admin edited the capabilities. */
                            capabilitiesOverridden: boolean;
                            available: boolean;
                            lastCheckedAt: string | null;
                            /** @description Completed calls (ok or error; aborted calls not counted). */
                            calls: number;
                            successes: number;
                            /** @description successes / calls, 0-1; null before any call. */
                            successRate: number | null;
                            /** @description Over the last 50 successful calls. */
                            p50LatencyMs: number | null;
                            p95LatencyMs: number | null;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    refreshAiModels: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description Every configured provider at its last check. */
                            providers: components["schemas"]["AiProviderStatus"][];
                            /** @description Every model ever discovered, available or not. */
                            models: components["schemas"]["AiModel"][];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    selectAiModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    task: "text-generation" | "reasoning" | "code" | "creative" | "summarization" | "verification" | "embedding" | "vision";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @enum {string} */
                            task: "text-generation" | "reasoning" | "code" | "creative" | "summarization" | "verification" | "embedding" | "vision";
                            model: string;
                            /** @enum {string} */
                            provider: "ollama" | "openai";
                            reason: string;
                            /** @description Every model that could do it, best first. */
                            candidates: components["schemas"]["AiSelectionCandidate"][];
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getAiUsage: {
        parameters: {
            query?: {
                /** @description Start of the range (default: 7 days before `to`). */
                from?: string;
                /** @description End of the range, exclusive (default: now). */
                to?: string;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            /** @description Oldest day first; within a day by provider and model. */
                            days: components["schemas"]["AiUsageDay"][];
                            totals: {
                                calls: number;
                                errors: number;
                                promptTokens: number;
                                completionTokens: number;
                                cost: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `public, max-age=30`: the answer is the same for every caller. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /**
                             * @description outage if a module is down, degraded if one is.
                             * @enum {string}
                             */
                            status: "operational" | "degraded" | "outage";
                            /** @description Uptime of all the listed modules over the 90 days (by probes), 0-100. */
                            uptimePercent: number | null;
                            /** @description The modules marked public, by name. */
                            modules: components["schemas"]["StatusModule"][];
                            /** @description Open incidents; empty when there are none. */
                            incidents: components["schemas"]["StatusIncident"][];
                            /** Format: date-time */
                            generatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                all?: boolean;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["ApiToken"][];
                        meta: components["schemas"]["ListMeta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    scope: "read" | "write" | "admin";
                    expiresAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            prefix: string;
                            /** @enum {string} */
                            scope: "read" | "write" | "admin";
                            /** Format: uuid */
                            userId: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            token: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            prefix: string;
                            /** @enum {string} */
                            scope: "read" | "write" | "admin";
                            /** Format: uuid */
                            userId: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            prefix: string;
                            /** @enum {string} */
                            scope: "read" | "write" | "admin";
                            /** Format: uuid */
                            userId: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["User"][];
                        meta: components["schemas"]["ListMeta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    name: string;
                    password: string;
                    /** @enum {string} */
                    role: "viewer" | "operator" | "admin";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin";
                            disabled: boolean;
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin";
                            disabled: boolean;
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (8-128 of A-Z a-z 0-9 . _ : -), echoed back and logged; else NEXUS makes one. */
                "x-request-id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    role?: "viewer" | "operator" | "admin";
                    disabled?: boolean;
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin";
                            disabled: boolean;
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        meta: components["schemas"]["Meta"];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description The input is not valid (VALIDATION_FAILED or MALFORMED_JSON), with field-level details. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authentication is required (UNAUTHORIZED). */
            401: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Authenticated, but not allowed (FORBIDDEN). */
            403: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Nothing here (NOT_FOUND). */
            404: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The method is not allowed on this path (METHOD_NOT_ALLOWED); see the Allow header. */
            405: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The methods this path answers. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The change conflicts with the current state (CONFLICT). */
            409: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests (RATE_LIMITED); see Retry-After. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An unexpected error on our side (INTERNAL_ERROR), logged with the request id. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A dependency did not answer: the database (UNAVAILABLE, with Retry-After; nothing was changed), a component (NOT_READY), or no model can do the task (NO_MODEL_AVAILABLE). */
            503: {
                headers: {
                    "x-request-id": components["headers"]["x-request-id"];
                    "API-Version": components["headers"]["API-Version"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
}
