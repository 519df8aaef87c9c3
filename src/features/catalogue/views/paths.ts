// Addresses of the catalogue pages, in one place so links and routes agree.
export const staffBase = '/admin/catalogue';
export const staffItem = (id: string) => `${staffBase}/items/${id}`;
export const staffEdit = (id: string) => `${staffBase}/items/${id}/edit`;
export const staffCompare = (id: string, from: number, to: number) => `${staffBase}/items/${id}/compare?from=${from}&to=${to}`;
export const publicItem = (code: string, id: string) => `/gk/${encodeURIComponent(code)}/items/${id}`;
export const publicAttachment = (code: string, itemId: string, attachmentId: string) => `/gk/${encodeURIComponent(code)}/items/${itemId}/attachments/${attachmentId}`;
export const statutoryColumn = (code: string) => `/gk/${encodeURIComponent(code)}/statutory-content/`;
