import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The README is also the package's page on the npm registry, where a relative link leads nowhere.
 * So documents are linked as files of the published package on unpkg, and those files must exist
 * and be shipped; a relative link is allowed only to a shipped file (it works on a code host and
 * in an unpacked package) or to an anchor of the README itself.
 */

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  files: string[];
};

/** What npm packs: the `files` entries, plus what it always includes. */
function isShipped(path: string): boolean {
  const file = normalize(path).replace(/^\.\//, '');
  const always = ['package.json', 'README.md', 'LICENSE'];
  return (
    always.includes(file) ||
    packageJson.files.some((entry) => {
      const listed = normalize(entry).replace(/\/$/, '');
      return file === listed || file.startsWith(`${listed}/`);
    })
  );
}

/** The link targets of a Markdown text, outside code. */
function linksOf(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const inline = [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1] ?? '');
  const auto = [...prose.matchAll(/<(https?:\/\/[^>\s]+)>/g)].map((match) => match[1] ?? '');
  return [...inline, ...auto];
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const headings = markdown.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6}\s+(.+)$/gm);
  return new Set([...headings].map((match) => anchorOf(match[1] ?? '')));
}

const unpkgPrefix = new RegExp(`^https://unpkg\\.com/${packageJson.name}(?:@[^/]+)?/`);

describe('given the README', () => {
  const links = linksOf(readme);

  it('links the provider reference and the REST contract inside the published package', () => {
    expect(links).toContain('https://unpkg.com/subscription-kit/docs/PROVIDER.md');
    expect(links).toContain('https://unpkg.com/subscription-kit/docs/rest-contract.openapi.yaml');
  });

  it('links only anchors it has, or shipped files that exist', () => {
    const anchors = anchorsOf(readme);
    const broken: string[] = [];
    for (const link of links) {
      if (/^(https?:|mailto:)/.test(link)) continue;
      if (link.startsWith('#')) {
        if (!anchors.has(link.slice(1))) broken.push(`${link}: no such heading`);
        continue;
      }
      const path = decodeURI(link.split('#')[0] ?? '');
      if (!existsSync(join(root, path))) broken.push(`${link}: no such file`);
      else if (!isShipped(path)) broken.push(`${link}: not in the package ("files" in package.json)`);
    }
    expect(broken).toEqual([]);
  });

  it('links files of the package on unpkg that exist here and are shipped', () => {
    const unpkgLinks = links.filter((link) => unpkgPrefix.test(link));
    expect(unpkgLinks.length).toBeGreaterThan(0);
    const broken: string[] = [];
    for (const link of unpkgLinks) {
      const path = decodeURI(link.replace(unpkgPrefix, '').split('#')[0] ?? '');
      if (!existsSync(join(root, path)) || !statSync(join(root, path)).isFile()) {
        broken.push(`${link}: no file ${path}`);
      } else if (!isShipped(path)) {
        broken.push(`${link}: ${path} is not in the package ("files" in package.json)`);
      } else if (path.endsWith('.md')) {
        const anchor = link.split('#')[1];
        const target = readFileSync(join(root, path), 'utf8');
        if (anchor && !anchorsOf(target).has(anchor)) broken.push(`${link}: no such heading in ${path}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('given the shipped docs', () => {
  const docs = readdirSync(join(root, 'docs')).map((file) => join('docs', file));

  it('are in the package', () => {
    for (const doc of docs) expect(isShipped(doc), doc).toBe(true);
  });

  it('point to no source file, which the package does not ship', () => {
    const pointers = docs.flatMap((doc) =>
      [...readFileSync(join(root, doc), 'utf8').matchAll(/\bsrc\/[\w./-]+/g)].map(
        (match) => `${doc}: ${match[0]}`,
      ),
    );
    expect(pointers).toEqual([]);
  });

  it('link relatively only to shipped files that exist', () => {
    const broken: string[] = [];
    for (const doc of docs.filter((file) => file.endsWith('.md'))) {
      const markdown = readFileSync(join(root, doc), 'utf8');
      for (const link of linksOf(markdown)) {
        if (/^(https?:|mailto:)/.test(link)) continue;
        if (link.startsWith('#')) {
          if (!anchorsOf(markdown).has(link.slice(1))) broken.push(`${doc}: ${link}: no such heading`);
          continue;
        }
        const path = normalize(join('docs', decodeURI(link.split('#')[0] ?? '')));
        if (!existsSync(join(root, path)) || !isShipped(path)) broken.push(`${doc}: ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
