import { describe, expect, it } from 'vitest';
import {
  ALL_TEST_TOOLS,
  checkTestTools,
  missingTestTools,
  type Machine,
} from '../../scripts/test-tools';

const INSTALL_ALL =
  'Install them with: sudo apt-get install -y chromium chromium-l10n redis-server libreoffice-writer-nogui poppler-utils';

/** A Debian machine with every tool, less the files in `without`. */
function machine({
  without = [],
  env = {},
  links = {},
}: {
  without?: string[];
  env?: Record<string, string>;
  links?: Record<string, string>;
} = {}): Machine {
  const files = new Set(
    [
      '/usr/bin/chromium',
      '/usr/lib/chromium/locales/en-GB.pak',
      '/usr/bin/redis-server',
      '/usr/bin/soffice',
      '/usr/bin/pdftotext',
      '/usr/bin/pdftoppm',
      '/opt/chrome/chrome',
      '/opt/chrome/locales/en-GB.pak',
      '/opt/bare/chrome',
    ].filter((file) => !without.includes(file)),
  );
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    isExecutable: (file) => files.has(file) && !file.endsWith('.pak'),
    exists: (file) => files.has(file),
    realpath: (file) => links[file] ?? file,
  };
}

describe('checking the test tools', () => {
  it('passes on a machine that has them all', () => {
    expect(checkTestTools(ALL_TEST_TOOLS, machine())).toBeNull();
  });

  it('names each missing tool and the one command that installs them', () => {
    const bare = machine({
      without: [
        '/usr/bin/chromium',
        '/usr/lib/chromium/locales/en-GB.pak',
        '/usr/bin/redis-server',
      ],
    });
    expect(checkTestTools(ALL_TEST_TOOLS, bare)).toBe(
      `Missing test tools: chromium, chromium-l10n (en-GB), redis-server. ${INSTALL_ALL}`,
    );
  });

  it('names a program by its package where they differ, and speaks of one tool as one', () => {
    expect(checkTestTools(ALL_TEST_TOOLS, machine({ without: ['/usr/bin/soffice'] }))).toBe(
      `Missing test tool: soffice (libreoffice-writer-nogui). ${INSTALL_ALL.replace('them', 'it')}`,
    );
    expect(
      missingTestTools(['pdftotext', 'pdftoppm'], machine({ without: ['/usr/bin/pdftoppm'] })),
    ).toEqual(['pdftoppm (poppler-utils)']);
  });

  it('wants Chromium’s en-GB locale data, not just Chromium', () => {
    const noL10n = machine({ without: ['/usr/lib/chromium/locales/en-GB.pak'] });
    expect(missingTestTools(['chromium'], noL10n)).toEqual(['chromium-l10n (en-GB)']);
  });

  it('looks only where PATH says', () => {
    const narrow = machine({ env: { PATH: '/usr/local/bin' } });
    expect(missingTestTools(['redis-server', 'soffice'], narrow)).toEqual([
      'redis-server',
      'soffice (libreoffice-writer-nogui)',
    ]);
  });

  it('lists only the packages of the tools asked about', () => {
    const noChromium = machine({ without: ['/usr/bin/chromium'] });
    expect(checkTestTools(['chromium'], noChromium)).toBe(
      'Missing test tool: chromium. Install it with: sudo apt-get install -y chromium chromium-l10n',
    );
  });

  describe('with QUORUM_CHROMIUM', () => {
    it('says where it looked when the path holds no program', () => {
      const elsewhere = machine({ env: { QUORUM_CHROMIUM: '/nonexistent' } });
      expect(missingTestTools(['chromium'], elsewhere)).toEqual([
        'chromium (QUORUM_CHROMIUM=/nonexistent)',
      ]);
    });

    it('looks for en-GB beside the real binary, through links', () => {
      const linked = machine({
        env: { QUORUM_CHROMIUM: '/usr/local/bin/chrome' },
        links: { '/usr/local/bin/chrome': '/opt/chrome/chrome' },
      });
      linked.isExecutable = (file) => file === '/usr/local/bin/chrome';
      expect(missingTestTools(['chromium'], linked)).toEqual([]);

      const bare = machine({ env: { QUORUM_CHROMIUM: '/opt/bare/chrome' } });
      expect(missingTestTools(['chromium'], bare)).toEqual([
        'en-GB locale data (/opt/bare/locales/en-GB.pak)',
      ]);
    });

    it('uses chromium-l10n’s data for Debian’s own /usr/bin/chromium', () => {
      const debian = machine({ env: { QUORUM_CHROMIUM: '/usr/bin/chromium' } });
      expect(missingTestTools(['chromium'], debian)).toEqual([]);
    });
  });
});
