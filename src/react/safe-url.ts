export { toSafeUrl } from '../query';
