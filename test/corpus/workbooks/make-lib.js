// What the corpus generators (make*.js, variants*.js beside this file) share: writing a workbook, its key, and
// rows of values into a sheet. The generators are run by hand (node <file> [outdir]); the files they wrote are
// committed, so changing this changes no test input until a generator is run again.
const { writeFileSync, mkdirSync } = require('fs');
const { join } = require('path');

/** save(wb, name, key): writes <dir>/<name>.xlsx and <dir>/<name>.key.json (the key with unusable: false). */
function saveWithKey(dir) {
  return async function save(wb, name, key) {
    await wb.xlsx.writeFile(join(dir, name + '.xlsx'));
    writeFileSync(join(dir, name + '.key.json'), JSON.stringify({ ...key, unusable: false }, null, 2) + '\n');
    console.log('wrote', name);
  };
}

/** save(wb, fileName): writes <dir>/<fileName> (made first), after `prepare(wb)` if given (fonts, widths). */
function saveTo(dir, prepare) {
  mkdirSync(dir, { recursive: true });
  return async function save(wb, name) {
    if (prepare) prepare(wb);
    await wb.xlsx.writeFile(join(dir, name));
    console.log('wrote', name);
  };
}

/** Puts a list of rows of values into `ws` from row `start` (1-based), column A on; empty values leave the cell empty. */
function putRows(ws, start, rows) {
  rows.forEach((vals, i) =>
    (vals || []).forEach((v, j) => {
      if (v !== '' && v !== null && v !== undefined) ws.getCell(start + i, j + 1).value = v;
    }),
  );
}

module.exports = { saveWithKey, saveTo, putRows };
