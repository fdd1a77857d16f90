// The app's version, from package.json (only this field is bundled): written into backups.
export { version as APP_VERSION } from '../../package.json';
