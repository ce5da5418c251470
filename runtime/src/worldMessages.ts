/**
 * The runtime's messages about where the offline world follows neomega and the plugin would fail or differ there:
 * the framework's own failures, players who are offline, configs missing a key, framework versions. Part of
 * messages.ts (same keys, same two languages).
 */
type Texts = readonly [zh: (...a: string[]) => string, en: (...a: string[]) => string];

export const WORLD_MESSAGES = {
  run_cbs: [
    () =>
      "attempt to index a nil value (field 'maintained_cbs')：框架的 coromega:run() 用点号调用 self.new_event_source(k, v) 登记 self.cbs 中的回调（when_progress_increased_by_build 把进度回调放在那里），在 neomega 中插件同样会在这里崩溃",
    () =>
      "attempt to index a nil value (field 'maintained_cbs'): the framework's coromega:run() registers the callbacks in self.cbs (where when_progress_increased_by_build puts its progress callback) with a dot call, self.new_event_source(k, v); in neomega the plugin crashes here too",
  ],
  config_missing: [
    (k, file) =>
      `配置中没有“${k}”，读到的是 nil` +
      (file
        ? `（配置文件：${file}）`
        : '（没有找到配置文件：插件旁的 同名.json，或用 --config 指定）'),
    (k, file) =>
      `the config has no "${k}"; it reads as nil` +
      (file
        ? ` (config file: ${file})`
        : ' (no config file found: NAME.json beside the plugin, or --config)'),
  ],
  framework_lacks: [
    (what, chosen, others, flag) =>
      `所选的框架版本（${chosen}）没有 ${what}：在这样的 neomega 中调用它会出错（attempt to call a nil value）。${others}有它：用 --framework ${flag}（或设置 coromegaLua.frameworkVersion）选择`,
    (what, chosen, others, flag) =>
      `the framework version chosen (${chosen}) has no ${what}: on such a neomega calling it fails (attempt to call a nil value); ${others} has it: pick it with --framework ${flag} (or the setting coromegaLua.frameworkVersion)`,
  ],
} satisfies Record<string, Texts>;
