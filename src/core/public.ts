/** What the package exports of the core: the types hosts type against, and the base classes. */
export type {
  IptChangeDetail,
  IptChangeEvent,
  IptChangeInfo,
  IptErrorCode,
  IptErrorDetail,
  IptErrorEvent,
  IptEventMap,
  IptReadyDetail,
  IptReadyEvent,
} from './events.js';
export type { NewLifeEvent, WorkbookContextValue, WorkbookLifeEvent, WorkbookPerson, WorkbookShared } from './context.js';
export type { StateModel, RepairResult, Item } from './model.js';
export { workbookContext } from './context.js';
export { IptElement } from './ipt-element.js';
export type { HeadingLevel } from './headings.js';
export { PersistentElement } from './persistent-element.js';
export { registerStrings, type LazyCatalog } from './i18n.js';
export { KIT_VERSION } from './version.js';
