// One-click unsubscribe (RFC 8058): signed tokens, the links and headers an email carries, and the change itself.
export { applyUnsubscribe, type TUnsubscribeResult } from "./apply-unsubscribe";
export {
  describeUnsubscribeScope,
  isUnsubscribed,
  type TUnsubscribeScope,
  ZUnsubscribeScope,
} from "./unsubscribe-scope";
export { createUnsubscribeToken, type TUnsubscribeTokenPayload, verifyUnsubscribeToken } from "./unsubscribe-token";
export { listUnsubscribeHeaders, oneClickUnsubscribeUrl, unsubscribeUrl } from "./unsubscribe-urls";
