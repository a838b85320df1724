// In the bundle, tea-typescript and @alicloud/credentials get this module instead of httpx, so that httpx (with
// debug, zlib and tty) loads only when one of them sends a request itself: the SDK's own HTTP path, which this action
// never takes (src/eci/openapi-call.ts sends every ECI call), and the default credential chain's providers. Both of
// its users call only request and read, which reach the real functions unchanged. Mapped by tsconfig.bundle.json.
const real = () => import('../../node_modules/httpx/lib/index.js').then((module) => module.default ?? module);

export async function request(...args) {
  return (await real()).request(...args);
}

export async function read(...args) {
  return (await real()).read(...args);
}

// Their users load it as CommonJS, through `__importDefault` (`httpx_1.default.read`) or `__importStar`.
export default { request, read };
