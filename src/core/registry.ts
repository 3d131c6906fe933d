/** The models of the elements loaded on this page, by tag: the workbook checks imports with them. */
import type { StateModel } from './model.js';

const models = new Map<string, StateModel<object, unknown>>();

export function registerModel(model: StateModel<object, unknown>): void {
  models.set(model.tag, model);
}

export function modelFor(tag: string): StateModel<object, unknown> | undefined {
  return models.get(tag);
}
