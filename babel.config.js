// One Babel configuration: jest runs against the current Node; webpack builds the task pane for the
// webviews Office uses (ES2017, EdgeHTML 18 and newer; see docs/platforms.md).
module.exports = (api) => {
  const isTest = api.env("test");
  return {
    presets: [
      [
        "@babel/preset-env",
        isTest
          ? { targets: { node: "current" } }
          : { targets: { edge: "18", chrome: "80", safari: "13", firefox: "78" }, useBuiltIns: "usage", corejs: "3.40", bugfixes: true },
      ],
      ["@babel/preset-react", { runtime: "automatic" }],
      ["@babel/preset-typescript", { allowDeclareFields: true }],
    ],
  };
};
