export { ScheduledChangeNotice, type ScheduledChangeNoticeProps } from './scheduled-change-notice';
