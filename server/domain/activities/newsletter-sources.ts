/**
 * Where the newsletter's "solved" section comes from. Shared-space problems (defects) are built
 * in another area; until that area registers its source here, the section is empty.
 */
export interface SolvedProblem {
  title: string;
  solvedAt: Date;
}

export type SolvedProblemsSource = (
  projectId: string,
  since: Date,
  until: Date,
) => Promise<SolvedProblem[]>;

let source: SolvedProblemsSource = async () => [];

/** The defects area calls this once at start with its own query. */
export function setSolvedProblemsSource(next: SolvedProblemsSource): void {
  source = next;
}

export function solvedProblems(
  projectId: string,
  since: Date,
  until: Date,
): Promise<SolvedProblem[]> {
  return source(projectId, since, until);
}
