import { normalisePrivacy, PRIVACY_KEY } from '../background/settings';
import { createStoredSetting } from './stored-setting';

/** The background purges by the same key and rules (`normalisePrivacy`). */
export { PRIVACY_KEY };
export const RETENTION_MIN_DAYS = 1;
export const RETENTION_MAX_DAYS = 365;

export const privacySetting = createStoredSetting(PRIVACY_KEY, normalisePrivacy);
