import { api as activity } from "../routes/api.v1.activity.ts";
import { api as adminCache } from "../routes/api.v1.admin.cache.ts";
import { api as agent } from "../routes/api.v1.agents.$id.ts";
import { api as agentsApi } from "../routes/api.v1.agents.ts";
import { api as emergency } from "../routes/api.v1.emergency.ts";
import { api as flags } from "../routes/api.v1.flags.ts";
import { api as health } from "../routes/api.v1.health.ts";
import { api as knowledgeResolve } from "../routes/api.v1.knowledge.contradictions.$id.resolve.ts";
import { api as knowledgeContradiction } from "../routes/api.v1.knowledge.contradictions.$id.ts";
import { api as knowledgeContradictions } from "../routes/api.v1.knowledge.contradictions.ts";
import { api as knowledgeDiff } from "../routes/api.v1.knowledge.diff.ts";
import { api as knowledgeEdge } from "../routes/api.v1.knowledge.edges.$id.ts";
import { api as knowledgeEdges } from "../routes/api.v1.knowledge.edges.ts";
import { api as knowledgeExport } from "../routes/api.v1.knowledge.export.ts";
import { api as knowledgeExtractReview } from "../routes/api.v1.knowledge.extract.review.ts";
import { api as knowledgeExtract } from "../routes/api.v1.knowledge.extract.ts";
import { api as knowledgeImport } from "../routes/api.v1.knowledge.import.ts";
import { api as knowledgeNeighbors } from "../routes/api.v1.knowledge.nodes.$id.neighbors.ts";
import { api as knowledgeNodeSources } from "../routes/api.v1.knowledge.nodes.$id.sources.ts";
import { api as knowledgeNode } from "../routes/api.v1.knowledge.nodes.$id.ts";
import { api as knowledgeNodes } from "../routes/api.v1.knowledge.nodes.ts";
import { api as knowledgePath } from "../routes/api.v1.knowledge.path.ts";
import { api as knowledgeSearch } from "../routes/api.v1.knowledge.search.ts";
import { api as knowledgeSource } from "../routes/api.v1.knowledge.sources.$id.ts";
import { api as knowledgeSources } from "../routes/api.v1.knowledge.sources.ts";
import { api as me } from "../routes/api.v1.me.ts";
import { api as metricsHistory } from "../routes/api.v1.metrics.history.ts";
import { api as metricsLatest } from "../routes/api.v1.metrics.latest.ts";
import { api as moduleHistory } from "../routes/api.v1.modules.$id.history.ts";
import { api as module } from "../routes/api.v1.modules.$id.ts";
import { api as modules } from "../routes/api.v1.modules.ts";
import { api as ready } from "../routes/api.v1.ready.ts";
import { api as realtimeTokens } from "../routes/api.v1.realtime.tokens.ts";
import { api as reviewDecision } from "../routes/api.v1.reviews.$id.decision.ts";
import { api as review } from "../routes/api.v1.reviews.$id.ts";
import { api as reviews } from "../routes/api.v1.reviews.ts";
import { api as roomAgent } from "../routes/api.v1.rooms.$id.agents.$agentId.ts";
import { api as roomAgentsApi } from "../routes/api.v1.rooms.$id.agents.ts";
import { api as roomAsk } from "../routes/api.v1.rooms.$id.ask.ts";
import { api as roomMember } from "../routes/api.v1.rooms.$id.members.$userId.ts";
import { api as roomMembersApi } from "../routes/api.v1.rooms.$id.members.ts";
import { api as roomMessage } from "../routes/api.v1.rooms.$id.messages.$messageId.ts";
import { api as roomMessagesApi } from "../routes/api.v1.rooms.$id.messages.ts";
import { api as roomReplyStop } from "../routes/api.v1.rooms.$id.replies.$streamId.stop.ts";
import { api as roomSolve } from "../routes/api.v1.rooms.$id.solve.ts";
import { api as room } from "../routes/api.v1.rooms.$id.ts";
import { api as roomsApi } from "../routes/api.v1.rooms.ts";
import { api as sageGenerate } from "../routes/api.v1.sage.generate.ts";
import { api as sageGoalCancel } from "../routes/api.v1.sage.goals.$id.cancel.ts";
import { api as sageGoal } from "../routes/api.v1.sage.goals.$id.ts";
import { api as sageGoals } from "../routes/api.v1.sage.goals.ts";
import { api as sageModel } from "../routes/api.v1.sage.models.$id.ts";
import { api as sageModelsRefresh } from "../routes/api.v1.sage.models.refresh.ts";
import { api as sageModels } from "../routes/api.v1.sage.models.ts";
import { api as sageSelect } from "../routes/api.v1.sage.select.ts";
import { api as sageUsage } from "../routes/api.v1.sage.usage.ts";
import { api as token } from "../routes/api.v1.tokens.$id.ts";
import { api as tokens } from "../routes/api.v1.tokens.ts";
import { api as user } from "../routes/api.v1.users.$id.ts";
import { api as users } from "../routes/api.v1.users.ts";
import type { ApiDefinition } from "./api.server.ts";

/**
 * Every versioned API route, for the OpenAPI document. A test compares this list with the files
 * in app/routes, so a route cannot be added without appearing here.
 */
export const apiDefinitions: ApiDefinition[] = [
  health,
  ready,
  me,
  tokens,
  token,
  users,
  user,
  modules,
  module,
  moduleHistory,
  activity,
  emergency,
  flags,
  realtimeTokens,
  metricsLatest,
  metricsHistory,
  adminCache,
  sageModels,
  sageModelsRefresh,
  sageModel,
  sageSelect,
  sageGenerate,
  sageUsage,
  sageGoals,
  sageGoal,
  sageGoalCancel,
  reviews,
  review,
  reviewDecision,
  // Collaboration rooms and agents
  roomsApi,
  room,
  roomMembersApi,
  roomMember,
  roomAgentsApi,
  roomAgent,
  roomMessagesApi,
  roomMessage,
  roomAsk,
  roomReplyStop,
  roomSolve,
  agentsApi,
  agent,
  knowledgeNodes,
  knowledgeNode,
  knowledgeNeighbors,
  knowledgeNodeSources,
  knowledgeEdges,
  knowledgeEdge,
  knowledgeSources,
  knowledgeSource,
  knowledgeSearch,
  knowledgePath,
  knowledgeExport,
  knowledgeImport,
  knowledgeContradictions,
  knowledgeContradiction,
  knowledgeResolve,
  knowledgeDiff,
  knowledgeExtract,
  knowledgeExtractReview,
];
