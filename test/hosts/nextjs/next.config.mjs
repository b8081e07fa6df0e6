/** @type {import('next').NextConfig} */
export default {
  // The host's folder is its root (the temporary copy has no lockfile above it to guess from).
  turbopack: { root: import.meta.dirname },
  // scripts/test-hosts.sh typechecks first (`next typegen` + `tsc`, the check `next build` runs) as
  // a step of its own, so that the build and the server check still run when types fail.
  typescript: { ignoreBuildErrors: process.env.HOST_TYPES_CHECKED === '1' },
};
