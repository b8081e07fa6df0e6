export { RecommendationBanner, type RecommendationBannerProps } from './recommendation-banner';
