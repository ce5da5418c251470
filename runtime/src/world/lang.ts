/**
 * Text for the command message keys the world answers with (what `coromega:lang_format(0, key, ...)` shows, and
 * the plain renderer's summary of a command). Language code 0 is zh-CN, anything else English.
 */
const TEXTS: Record<string, [zh: string, en: string]> = {
  'commands.generic.noTargetMatch': ['没有与选择器匹配的目标', 'No targets matched selector'],
  'commands.generic.syntax': ['语法错误：%s', 'Syntax error: %s'],
  'commands.execute.allInvocationsFailed': [
    "全部调用失败：'%1$s'",
    "All invocations failed: '%1$s'",
  ],
  'commands.execute.falseCondition': [
    'Execute subcommand %1$s %2$s test failed.',
    'Execute subcommand %1$s %2$s test failed.',
  ],
  'commands.execute.trueConditionWithCount': [
    '测试通过，计数：%1$s。',
    'Test passed, count: %1$s.',
  ],
  'commands.generic.num.invalid': ['无效的数字：%s', 'Invalid number: %s'],
  'commands.message.display.outgoing': ['你对 %s 悄悄地说：%s', 'You whisper to %s: %s'],
  'commands.title.success': ['标题命令已成功执行', 'Title command successfully executed'],
  'commands.tag.add.success.single': ['已将标签“%s”添加到 %s', 'Added tag "%s" to %s'],
  'commands.tag.add.failed': [
    '目标已有该标签，或标签过多',
    'Target either already has the tag or has too many tags',
  ],
  'commands.tag.remove.success.single': [
    '已从 %2$s 移除标签“%1$s”',
    'Removed tag "%1$s" from %2$s',
  ],
  'commands.tag.remove.failed': ['目标没有这个标签', 'Target does not have this tag'],
  'commands.tag.list.single.success': ['%s 有 %s 个标签：%s', '%s has %s tags: %s'],
  'commands.kick.success': ['已将 %s 踢出游戏', 'Kicked %s from the game'],
  'commands.give.success': ['已将 %s * %s 给予 %s', 'Gave %s * %s to %s'],
  'commands.clear.success': [
    '已清除 %s 的物品栏，移除了 %s 个物品',
    'Cleared the inventory of %s, removing %s items',
  ],
  'commands.clear.failure.no.items': [
    '无法清除 %s 的物品栏：没有可移除的物品',
    'Could not clear the inventory of %s: no items to remove',
  ],
  'commands.testfor.success': ['找到了 %s', 'Found %s'],
  'commands.querytarget.success': ['目标数据：%s', 'Target data: %s'],
  'commands.players.list': ['当前有 %s/%s 名玩家在线：', 'There are %s/%s players online:'],
  'commands.players.list.names': ['%s', '%s'],
  'commands.tp.success': ['已传送 %s', 'Teleported %s'],
  'commands.gamemode.success.other': [
    '已将 %2$s 的游戏模式设为 %1$s',
    "Set %2$s's game mode to %1$s",
  ],
  'commands.scoreboard.objectiveNotFound': [
    '找不到名为“%s”的记分项',
    "No objective was found by the name '%s'",
  ],
  'commands.scoreboard.objectives.add.success': [
    '已成功添加新记分项“%s”',
    "Added new objective '%s' successfully",
  ],
  'commands.scoreboard.objectives.add.alreadyExists': [
    '名为“%s”的记分项已存在',
    "An objective with the name '%s' already exists",
  ],
  'commands.scoreboard.objectives.remove.success': [
    '已成功移除记分项“%s”',
    "Removed objective '%s' successfully",
  ],
  'commands.scoreboard.objectives.list.count': ['共有 %s 个记分项：', 'Showing %s objective(s):'],
  'commands.scoreboard.objectives.list.entry': [
    '- %s：显示为“%s”，类型为“%s”',
    "- %s: displays as '%s' and is type '%s'",
  ],
  'commands.scoreboard.objectives.setdisplay.success': [
    '已设置记分项显示',
    'Set the display objective',
  ],
  'commands.scoreboard.players.add.success': [
    '已将 [%2$s] 中 %3$s 的分数增加 %1$s（现为 %4$s）',
    'Added %1$s to [%2$s] for %3$s (now %4$s)',
  ],
  'commands.scoreboard.players.remove.success': [
    '已将 [%2$s] 中 %3$s 的分数减少 %1$s（现为 %4$s）',
    'Removed %1$s from [%2$s] for %3$s (now %4$s)',
  ],
  'commands.scoreboard.players.set.success': [
    '已将 [%1$s] 中 %2$s 的分数设为 %3$s',
    'Set [%1$s] for %2$s to %3$s',
  ],
  'commands.scoreboard.players.reset.success': ['已重置 %s 的分数', 'Reset scores of %s'],
  'commands.scoreboard.players.test.success': [
    '分数 %s 在 %s 到 %s 之间',
    'Score %s is in range %s to %s',
  ],
  'commands.scoreboard.players.test.failed': [
    '分数 %s 不在 %s 到 %s 之间',
    'Score %s is NOT in range %s to %s',
  ],
  'commands.scoreboard.players.score.notFound': [
    '%2$s 在记分项 %1$s 中没有分数',
    'No %1$s score for %2$s',
  ],
  'commands.scoreboard.players.list.count': [
    '共有 %s 个被追踪的实体',
    'Showing %s tracked entities',
  ],
  'commands.scoreboard.players.list.player.count': [
    '%2$s 有 %1$s 个记分项：',
    'Showing %1$s tracked objective(s) for %2$s:',
  ],
  'commands.scoreboard.players.list.player.entry': ['- %2$s：%1$s（%3$s）', '- %2$s: %1$s (%3$s)'],
  'commands.scoreboard.players.operation.success': [
    '已对 %2$s 的 [%1$s] 完成运算',
    'Operation applied to [%1$s] for %2$s',
  ],
  'commands.scoreboard.players.operation.invalidOperation': [
    '无效的运算符：%s',
    'Invalid operation: %s',
  ],
};

/** Fills `%s`, `%d` and `%1$s` placeholders in order / by position. */
export function fillPlaceholders(fmt: string, params: string[]): string {
  let next = 0;
  return fmt.replace(/%(?:(\d+)\$)?[sd]/g, (_, pos: string | undefined) => {
    const v = pos !== undefined ? params[Number(pos) - 1] : params[next++];
    return v ?? '';
  });
}

/** The text of a message key with its parameters; unknown keys are filled as they are. */
export function langFormat(code: number, key: string, params: string[]): string {
  const t = TEXTS[key];
  const fmt = t ? (code === 0 ? t[0] : t[1]) : key;
  return fillPlaceholders(fmt, params);
}
