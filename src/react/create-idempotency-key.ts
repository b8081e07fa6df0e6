export { createIdempotencyKey } from '../query';
