import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../../platform/errors.ts';
import { ROLES, type Role } from '../accounts.tables.ts';
import { authorize } from './authorize.ts';
import { ACTIONS, can, SYSTEM_ACTOR, type Action, type Actor } from './policy.ts';

// The tree used by every case: the role is granted on GRANTED; CHILD is below it; OTHER is a sibling.
//   COUNTY ─┬─ GRANTED ── CHILD
//           └─ OTHER
const COUNTY = 'county';
const GRANTED = 'granted';
const CHILD = 'child';
const OTHER = 'other';
const ancestryOf: Record<string, string[]> = { [GRANTED]: [COUNTY], [CHILD]: [GRANTED, COUNTY], [OTHER]: [COUNTY] };

const actorWith = (role: Role): Actor => ({ kind: 'account', accountId: 'a1', agencyId: GRANTED, grants: [{ agencyId: GRANTED, role }] });

// Written out by hand from the rules in policy.ts's header (and the 条例 articles cited there),
// not computed from the PERMISSIONS table.
const expected: Record<Role, { own: Action[]; child: Action[] }> = {
  clerk: {
    own: ['agency.read', 'catalogue.draft', 'application.register', 'application.handle', 'application.read_personal_data', 'annual_report.edit', 'appeal.record', 'appeal.read'],
    child: [],
  },
  reviewer: {
    own: ['agency.read', 'catalogue.draft', 'catalogue.review', 'application.register', 'application.handle', 'application.read_personal_data', 'annual_report.edit', 'appeal.record', 'appeal.read'],
    child: [],
  },
  leader: {
    // 行政复议、行政诉讼: the leader answers for the agency and reads its cases; those who handle applications record them.
    own: ['agency.read', 'audit.read', 'catalogue.approve', 'application.approve_extension', 'application.read_personal_data', 'annual_report.approve', 'appeal.read'],
    child: [],
  },
  // calendar.manage: the calendar is installation-wide; the service asks on the top government only, so
  // the grant must be on that agency itself (the 管理员 or 政务公开办 of the top government).
  admin: {
    own: ['agency.read', 'agency.manage', 'account.manage', 'audit.read', 'calendar.manage'],
    child: ['agency.read', 'agency.manage', 'account.manage', 'audit.read'],
  },
  supervisor: {
    own: ['agency.read', 'audit.read', 'oversight.read', 'oversight.review', 'calendar.manage', 'appeal.read'],
    child: ['agency.read', 'audit.read', 'oversight.read', 'oversight.review', 'appeal.read'],
  },
};

describe('authorization matrix (role × action × agency)', () => {
  for (const role of Object.keys(expected) as Role[]) {
    for (const action of ACTIONS) {
      const own = expected[role].own.includes(action);
      const child = expected[role].child.includes(action);
      it(`${role} ${own ? 'may' : 'may not'} ${action} in the agency the role was granted on`, () => {
        expect(can(actorWith(role), action, GRANTED, ancestryOf[GRANTED]!)).toBe(own);
      });
      it(`${role} ${child ? 'may' : 'may not'} ${action} in an agency below it`, () => {
        expect(can(actorWith(role), action, CHILD, ancestryOf[CHILD]!)).toBe(child);
      });
      it(`${role} may not ${action} in a sibling agency`, () => {
        expect(can(actorWith(role), action, OTHER, ancestryOf[OTHER]!)).toBe(false);
      });
    }
  }
});

describe('authorization rules beyond the matrix', () => {
  it('a role held in one agency gives nothing in its parent', () => {
    expect(can(actorWith('admin'), 'account.manage', COUNTY, [])).toBe(false);
    expect(can(actorWith('supervisor'), 'oversight.read', COUNTY, [])).toBe(false);
  });

  it('an account with several grants may act wherever one of them reaches', () => {
    const actor: Actor = {
      kind: 'account',
      accountId: 'a2',
      agencyId: GRANTED,
      grants: [
        { agencyId: GRANTED, role: 'clerk' },
        { agencyId: OTHER, role: 'leader' },
      ],
    };
    expect(can(actor, 'catalogue.draft', GRANTED, ancestryOf[GRANTED]!)).toBe(true);
    expect(can(actor, 'catalogue.approve', GRANTED, ancestryOf[GRANTED]!)).toBe(false);
    expect(can(actor, 'catalogue.approve', OTHER, ancestryOf[OTHER]!)).toBe(true);
  });

  it('an account without grants may do nothing', () => {
    const actor: Actor = { kind: 'account', accountId: 'a3', agencyId: GRANTED, grants: [] };
    expect(ACTIONS.filter((action) => can(actor, action, GRANTED, []))).toEqual([]);
  });

  it('the system actor (demo load, command line set-up) may do everything', () => {
    expect(ACTIONS.every((action) => can(SYSTEM_ACTOR, action, OTHER, []))).toBe(true);
  });

  it('authorize refuses with a Chinese message naming the action', () => {
    expect(() => authorize(actorWith('clerk'), 'catalogue.approve', GRANTED, [COUNTY])).toThrow(ForbiddenError);
    expect(() => authorize(actorWith('clerk'), 'catalogue.approve', GRANTED, [COUNTY])).toThrow('批准发布主动公开信息');
  });
});

describe('authorization properties', () => {
  // Random trees (each node's parent is an earlier node) and random grants.
  const arbitraryWorld = fc
    .integer({ min: 1, max: 12 })
    .chain((size) =>
      fc.record({
        parents: fc.tuple(...Array.from({ length: size }, (_, i) => (i === 0 ? fc.constant(-1) : fc.integer({ min: -1, max: i - 1 })))),
        grants: fc.array(fc.record({ node: fc.integer({ min: 0, max: size - 1 }), role: fc.constantFrom(...ROLES) }), { maxLength: 4 }),
        target: fc.integer({ min: 0, max: size - 1 }),
        action: fc.constantFrom(...ACTIONS),
      }),
    );
  const ancestryIn = (parents: readonly number[], node: number): string[] => {
    const out: string[] = [];
    for (let p = parents[node]!; p !== -1; p = parents[p]!) out.push(`n${p}`);
    return out;
  };

  it('a role never reaches an agency outside the subtree it was granted on', () => {
    fc.assert(
      fc.property(arbitraryWorld, ({ parents, grants, target, action }) => {
        const actor: Actor = { kind: 'account', accountId: 'a', agencyId: 'n0', grants: grants.map((g) => ({ agencyId: `n${g.node}`, role: g.role })) };
        const ancestry = ancestryIn(parents, target);
        const reachable = grants.some((g) => g.node === target || ancestry.includes(`n${g.node}`));
        if (!reachable) expect(can(actor, action, `n${target}`, ancestry)).toBe(false);
      }),
    );
  });

  it('whoever may do anything in an agency may also read it (so refusals are never "not found" by accident)', () => {
    fc.assert(
      fc.property(arbitraryWorld, ({ parents, grants, target, action }) => {
        const actor: Actor = { kind: 'account', accountId: 'a', agencyId: 'n0', grants: grants.map((g) => ({ agencyId: `n${g.node}`, role: g.role })) };
        const ancestry = ancestryIn(parents, target);
        if (can(actor, action, `n${target}`, ancestry)) expect(can(actor, 'agency.read', `n${target}`, ancestry)).toBe(true);
      }),
    );
  });
});
