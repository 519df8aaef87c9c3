// Guard the runtime: the project needs Node 24 (installed into node_modules by `npm install`).
export function assertNodeVersion() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    process.stderr.write(
      `公开（Gongkai）需要 Node.js 24 或更高版本，当前为 ${process.versions.node}。\n` +
        '请先在项目目录运行 `npm install`，再用 `npm start` 或 `npx gongkai …` 启动（它们会使用 node_modules 中的 Node 24）。\n',
    );
    process.exit(3);
  }
}
