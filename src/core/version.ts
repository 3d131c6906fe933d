/** The kit's version, carried in exports and in delivered events. Kept in step with package.json by a test. */
export const KIT_VERSION = '0.1.0';
