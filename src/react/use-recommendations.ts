export { type RecommendationsData, useRecommendations } from '../query';
