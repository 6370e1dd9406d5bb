import type { CircleList, CircleSuggestions } from '../../../contracts/circles';
import type {
  CommentList,
  IdeaStatus,
  LinkPreviewResult,
  PostPage,
  RevealedAuthor,
} from '../../../contracts/content';
import type { ReportInput, ReportReceipt } from '../../../contracts/moderation';
import type { MemberList } from '../../../contracts/schemas';

/**
 * Types of API answers that contracts/ does not name as DTOs yet, read from the schemas' types
 * (type-only imports: zod stays out of the bundle, and the types follow the contracts exactly).
 */
type Output<S extends { _zod: { output: unknown } }> = S['_zod']['output'];
type Input<S extends { _zod: { input: unknown } }> = S['_zod']['input'];

export type LinkPreviewResultDto = Output<typeof LinkPreviewResult>;
export type PostPageDto = Output<typeof PostPage>;
export type CommentListDto = Output<typeof CommentList>;
export type IdeaStatusDto = Output<typeof IdeaStatus>;
export type RevealedAuthorDto = Output<typeof RevealedAuthor>;
export type CircleListDto = Output<typeof CircleList>;
export type CircleSuggestionsDto = Output<typeof CircleSuggestions>;
export type MemberListDto = Output<typeof MemberList>;
export type ReportInputDto = Input<typeof ReportInput>;
export type ReportReceiptDto = Output<typeof ReportReceipt>;
