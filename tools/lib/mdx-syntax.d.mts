/** The first syntax error in an MDX body, as the build's compiler reports it, or undefined. */
export function mdxSyntax(body: string): { line: number; message: string } | undefined;
