// Reading imports: every valid spelling of the two formats, and every bad row named by its number.
import t from 'tap';
import { MAX_IMPORT_ROWS, peopleFromCsv, peopleFromJson } from '../../src/people/people-import.js';
import { checkPerson } from '../../src/people/person.js';

const OID = '87D349ED-44D7-43E1-9A83-5F2406DEE5BD';

t.test('a CSV with a BOM, CRLF, quoted fields, any column order and blank lines', async (t) => {
  const csv = `\uFEFFName,LOGIN,teams\r\n"Octocat, Mona ""the cat""",octocat,mona@contoso.com\r\n\r\n  Hubot  ,hubot[bot],${OID}\r\n"Multi\nline",multi,multi@contoso.com\r\n`;
  t.same(peopleFromCsv(csv), {
    people: [
      { login: 'octocat', teams: 'mona@contoso.com', name: 'Octocat, Mona "the cat"' },
      { login: 'hubot[bot]', teams: OID.toLowerCase(), name: 'Hubot' },
      { login: 'multi', teams: 'multi@contoso.com', name: 'Multi line' },
    ],
  });
});

t.test('bad CSV rows are all listed with the line they start on', async (t) => {
  const csv = [
    'login,teams,name',
    'octocat,mona@contoso.com,Mona',
    '-bad-,x@contoso.com,Bad login',
    'nobody,not-an-address,Nobody',
    '"two\nlines",two@contoso.com,Two',
    'short,row',
    'OctoCat,other@contoso.com,Duplicate',
    'ok,ok@contoso.com,<script>',
  ].join('\n');
  const result = peopleFromCsv(csv);
  t.ok('errors' in result);
  if (!('errors' in result)) return;
  t.same(
    result.errors.map((e) => e.row),
    [3, 4, 5, 7, 8, 9],
  );
  t.match(result.errors, [
    { row: 3, reason: /login "-bad-" is not a GitHub login/ },
    { row: 4, reason: /neither a UPN or email .* nor an Entra object id/ },
    { row: 5, reason: /login "two lines"|not a GitHub login/ },
    { row: 7, reason: /Invalid Record Length/ },
    { row: 8, reason: 'login OctoCat is also on row 2' },
    { row: 9, reason: /must not contain control characters, < or >/ },
  ]);
});

t.test('a CSV header must name exactly login, teams and name', async (t) => {
  t.match(peopleFromCsv('login,teams\nocto,o@contoso.com'), { errors: [{ row: 1, reason: /no name column/ }] });
  t.match(peopleFromCsv('login,teams,name,department\n'), { errors: [{ row: 1, reason: /unexpected column "department"/ }] });
  t.match(peopleFromCsv('login,login,teams,name\n'), { errors: [{ row: 1, reason: /unexpected column "login"/ }] });
  t.match(peopleFromCsv(''), { errors: [{ row: 1, reason: /empty file/ }] });
  t.match(peopleFromCsv('login,teams,name\n"unclosed,x,y\n'), { errors: [{ row: 2, reason: /Quote Not Closed/ }] });
  t.same(peopleFromCsv('login,teams,name\r\n'), { people: [] }, 'a header alone imports nobody');
});

t.test('JSON: an array of objects with exactly login, teams and name', async (t) => {
  t.same(peopleFromJson([{ login: ' octocat ', teams: ' mona@contoso.com', name: 'Mona   Octocat' }]), {
    people: [{ login: 'octocat', teams: 'mona@contoso.com', name: 'Mona Octocat' }],
  });
  t.match(peopleFromJson({ login: 'octocat' }), { errors: [{ row: 0, reason: /must be a JSON array/ }] });
  t.match(peopleFromJson([{ login: 'a', teams: 'a@contoso.com', name: 'A' }, 'b', { login: 'c', teams: 'c@contoso.com', name: 'C', admin: true }, { login: 'd', teams: OID }, { login: 'A', teams: 'x@contoso.com', name: 'X' }]), {
    errors: [
      { row: 2, reason: 'not an object' },
      { row: 3, reason: 'unknown field "admin"' },
      { row: 4, reason: 'name is required' },
      { row: 5, reason: 'login A is also on row 1' },
    ],
  });
  const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => ({ login: `u${i}`, teams: `u${i}@contoso.com`, name: `U ${i}` }));
  t.match(peopleFromJson(many), { errors: [{ row: MAX_IMPORT_ROWS + 1, reason: /at most 10000 people/ }] });
});

t.test('what a Teams id and a login may be', async (t) => {
  const ok = (teams: string, login = 'octocat') => 'person' in checkPerson({ login, teams, name: 'N' });
  for (const teams of ['mona@contoso.com', 'Mona.Lisa+ci@sub.contoso.onmicrosoft.com', "o'brien@contoso.ie", OID, OID.toLowerCase()]) t.ok(ok(teams), `${teams} is accepted`);
  for (const teams of ['mona', 'mona@localhost', 'a@b.c', '@contoso.com', 'a..b@contoso.com', 'a b@contoso.com', '"q"@contoso.com', '87d349ed-44d7-43e1-9a83-5f2406dee5b', `${'a'.repeat(250)}@contoso.com`]) t.notOk(ok(teams), `${teams} is refused`);
  for (const login of ['a', 'A-1', 'renovate[bot]', 'x'.repeat(39), 'old--style']) t.ok(ok('m@contoso.com', login), `login ${login}`);
  for (const login of ['-a', 'a-', 'a_b', 'x'.repeat(40), 'a[bot]x', 'a b', '']) t.notOk(ok('m@contoso.com', login), `login ${JSON.stringify(login)} is refused`);
});
