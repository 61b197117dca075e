export { RedisAddressLockout } from './redis-address-lockout.ts';
