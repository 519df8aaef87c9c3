// Typed errors thrown by services. Routes and CLI commands map them to pages, HTTP statuses and exit
// codes; the messages are Chinese and say what to do, because they are shown to users as they are.

/** Input that breaks a rule. `fields` maps a form field name to the Chinese message for that field. */
export class ValidationError extends Error {
  readonly fields: Readonly<Record<string, string>>;
  constructor(fields: Record<string, string>, message?: string) {
    super(message ?? Object.values(fields)[0] ?? '提交的内容有误，请检查后重试。');
    this.name = 'ValidationError';
    this.fields = fields;
  }
}

/** The actor may not do this to this agency's records. */
export class ForbiddenError extends Error {
  constructor(message = '您没有执行此操作的权限。如需办理，请联系本单位管理员授予相应角色。') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** The record does not exist, or exists outside what the actor may see (never say which). */
export class NotFoundError extends Error {
  constructor(message = '要找的记录不存在，或您无权查看。') {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The command collides with the current state: a duplicate code or username, a record already archived. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** Turns a zod error into a ValidationError, keeping the first Chinese message per field. */
export function validationErrorFromIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): ValidationError {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (!(key in fields)) fields[key] = issue.message;
  }
  return new ValidationError(fields);
}
