export const appealsBase = '/admin/appeals';
export const appealPath = (id: string) => `${appealsBase}/${id}`;
