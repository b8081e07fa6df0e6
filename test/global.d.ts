// Style sheets imported for their side effect by tests, stories and the Storybook preview.
declare module '*.css';
declare module 'subscription-kit/styles.css';
