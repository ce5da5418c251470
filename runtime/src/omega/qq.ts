/**
 * QQ as neomega routes it: messages arriving from QQ in the shapes neomega hands to Lua, the default list, and the
 * plugin that decides both (neomega's bundled cqhttp.lua).
 *
 * A message reaches every `when_receive_cqhttp_message` / `omega.cqhttp.make_message_poller()` listener as
 * `msg_type` ("GroupMessage", "PrivateMessage", "GuildMessage"), `msg` (the QQ helper's Go struct as Lua reads it:
 * each embedded struct under its type name and its fields promoted, so `msg.Message.RawMessage`,
 * `msg.Sender.User.Nickname` and `msg.Sender.Nickname` all work) and `raw_msg` (the OneBot JSON).
 *
 * The default list is cqhttp.lua's business in neomega: it polls the global `send_msg_poller` (what plugins send
 * with `send_to` / `send_to_default`, target "" for the default list) and calls `push_default_received_msg(name,
 * msg, source)` for messages from its default targets, which filtered listeners receive. When a plugin of the run
 * polls `send_msg_poller`, it is that bridge here too; without one, the world does what cqhttp.lua does, with the
 * world file's `qq.default` as its listen and send targets. Friends are `好友:ID`, groups `群聊:ID`, guild
 * channels `频道:频道名:聊天室名`; a sender is `名片或昵称#QQ` in a group, `昵称#QQ` elsewhere.
 */
import type { QqAction } from '../events';
import type { EntryPoints } from '../entryPoints';
import type { Data, PluginVM, Source } from '../vm/plugin';
import type { World } from '../world/world';

type Struct = { [k: string]: Data };

/** A Go struct as Lua reads it: embedded structs by their type name, their fields promoted; own fields win. */
function struct(fields: Struct, ...embedded: Array<[name: string, value: Struct]>): Struct {
  const out: Struct = {};
  for (const [name, value] of embedded) {
    Object.assign(out, value);
    out[name] = value;
  }
  return Object.assign(out, fields);
}

const CQ_UNESCAPE: Record<string, string> = {
  '&#91;': '[',
  '&#93;': ']',
  '&#44;': ',',
  '&amp;': '&',
};
const unescape = (s: string): string =>
  s.replace(/&#91;|&#93;|&#44;|&amp;/g, (m) => CQ_UNESCAPE[m]!);

/** A message in OneBot's array form: text and `[CQ:type,key=value]` codes as segments. */
export function segments(text: string): Struct[] {
  const out: Struct[] = [];
  const re = /\[CQ:([^,\]]+)((?:,[^\]]*)?)\]/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last)
      out.push({ type: 'text', data: { text: unescape(text.slice(last, m.index)) } });
    const data: Struct = {};
    for (const kv of m[2]!.split(',').slice(1)) {
      const eq = kv.indexOf('=');
      if (eq > 0) data[kv.slice(0, eq)] = unescape(kv.slice(eq + 1));
    }
    out.push({ type: m[1]!, data });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', data: { text: unescape(text.slice(last)) } });
  return out;
}

function user(id: number, nickname: string): Struct {
  return { UserID: id, Nickname: nickname, Sex: 'unknown', Age: 0 };
}

function groupUser(world: World, group: number, id: number, nickname?: string): Struct {
  const m = world.qqMember(group, id);
  return struct(
    {
      Card: m?.card ?? '',
      Area: '',
      Level: '',
      Role: m?.role ?? 'member',
      Title: '',
      GroupId: group,
    },
    ['User', user(id, nickname ?? m?.nickname ?? world.qqNickname(id))],
  );
}

/** What `get_cqhttp_group_members_info` answers: the QQ helper's GroupMemberCards. */
export function groupMembers(world: World, group: number): Struct[] {
  const g = world.qqGroups.find((x) => x.id === group);
  return (g?.members ?? []).map((m) =>
    struct(
      {
        JoinTime: 0,
        LastSentTime: 0,
        Unfriendly: false,
        TitleExpireTime: 0,
        CardChangeable: false,
        ShutUpTimestamp: 0,
      },
      ['GroupUser', groupUser(world, group, m.id)],
    ),
  );
}

/** What `get_cqhttp_joined_guilds` answers. */
export function guildList(world: World): Struct[] {
  return world.qqGuilds.map((g) => ({ GuildID: g.id, GuildName: g.name, GuildDisplayID: 0 }));
}

/** What `get_cqhttp_guild_channels` answers. */
export function guildChannels(world: World, guild: string): Struct[] {
  const g = world.qqGuilds.find((x) => x.id === guild);
  return (g?.channels ?? []).map((c) => ({
    OwnerGuildID: guild,
    ChannelID: c.id,
    ChannelType: 1,
    ChannelName: c.name,
    CreateTime: 0,
    CreatorTinyID: '',
    TalkPermission: 0,
    VisibleType: 0,
    CurrentSLowMode: 0,
    SlowModes: [],
  }));
}

/** What `get_cqhttp_guild_member` answers. */
export function guildMember(world: World, id: string): Struct {
  const n = Number(id);
  return {
    TinyID: id,
    Nickname: Number.isFinite(n) ? world.qqNickname(n) : id,
    AvatarURL: '',
    JoinTime: 0,
    Roles: [],
  };
}

/** One message arriving from QQ, in each of the forms plugins see it. */
export interface Incoming {
  msgType: 'GroupMessage' | 'PrivateMessage' | 'GuildMessage';
  msg: Struct;
  raw: string;
  /** Where cqhttp.lua says it came from, and who sent it. */
  source: string;
  name: string;
}

export class QqRoutes {
  private nextMessageId = 1;
  /** `send_msg_poller`s a plugin polls: the bridge (neomega's cqhttp.lua). */
  private readonly bridges: Array<{ vm: PluginVM; source: Source }> = [];

  constructor(
    private readonly world: World,
    private readonly entries: EntryPoints,
  ) {}

  addBridge(vm: PluginVM, source: Source): void {
    if (!this.bridges.some((b) => b.source === source)) this.bridges.push({ vm, source });
  }

  private liveBridges(): Array<{ vm: PluginVM; source: Source }> {
    return this.bridges.filter((b) => !b.vm.halted && b.vm.state !== 'dead');
  }

  /** `send_to` / `send_to_default` (target ""): to the bridge when there is one; false when there is none. */
  toBridge(target: string, text: string): boolean {
    const live = this.liveBridges();
    for (const b of live) b.vm.deliver(b.source.id, { target, msg: text });
    return live.length > 0;
  }

  /** `push_default_received_msg`: the filtered listeners of every plugin get it. */
  pushDefault(name: string, msg: string, source: string): void {
    for (const r of this.entries.listenersOf('cqhttp_default'))
      r.vm.deliver(r.source.id, { source, name, msg });
  }

  /** The message a `qq` action describes. */
  incoming(a: QqAction['qq']): Incoming {
    const w = this.world;
    const time = Math.floor(w.clock.now() / 1000);
    const kind = a.group !== undefined ? 'group' : a.guild !== undefined ? 'guild' : 'private';
    const id = this.nextMessageId++;
    const base = { time, self_id: w.qqSelf, post_type: 'message' };
    const message = struct(
      {
        MessageType: kind,
        SubType: kind === 'group' ? 'normal' : kind === 'guild' ? 'channel' : 'friend',
        MessageId: id,
        UserID: a.user,
        Message: segments(a.text),
        RawMessage: a.text,
        Font: 0,
        PeerID: 0,
      },
      ['PostBase', { Time: time, SelfID: w.qqSelf, PostType: 'message' }],
    );
    const common = {
      ...base,
      message_type: kind,
      sub_type: message.SubType,
      message_id: id,
      user_id: a.user,
      message: segments(a.text),
      raw_message: a.text,
      font: 0,
    };
    if (a.group !== undefined) {
      const sender = groupUser(w, a.group, a.user, a.nickname);
      const nick = sender.Nickname as string;
      const card = sender.Card as string;
      return {
        msgType: 'GroupMessage',
        msg: struct(
          { Sender: sender, Anonymous: { ID: 0, Name: '', Flag: '' }, GroupID: a.group },
          ['Message', message],
        ),
        raw: JSON.stringify({
          ...common,
          group_id: a.group,
          sender: { user_id: a.user, nickname: nick, card, role: sender.Role },
        }),
        source: `群聊:${a.group}`,
        name: `${card !== '' ? card : nick}#${a.user}`,
      };
    }
    const nick = a.nickname ?? w.qqNickname(a.user);
    if (a.guild !== undefined) {
      const guild = w.qqGuilds.find((g) => g.id === String(a.guild));
      const channel = guild?.channels.find((c) => c.id === String(a.channel));
      return {
        msgType: 'GuildMessage',
        msg: struct(
          {
            Sender: struct({ TinyID: String(a.user) }, ['User', user(a.user, nick)]),
            GuildID: String(a.guild),
            ChannelID: String(a.channel ?? ''),
          },
          ['Message', message],
        ),
        raw: JSON.stringify({
          ...common,
          guild_id: String(a.guild),
          channel_id: String(a.channel ?? ''),
          sender: { user_id: a.user, nickname: nick, tiny_id: String(a.user) },
        }),
        source: `频道:${guild?.name ?? String(a.guild)}:${channel?.name ?? String(a.channel ?? '')}`,
        name: `${nick}#${a.user}`,
      };
    }
    return {
      msgType: 'PrivateMessage',
      msg: struct({ Sender: user(a.user, nick), TargetID: w.qqSelf, TempSource: 0 }, [
        'Message',
        message,
      ]),
      raw: JSON.stringify({
        ...common,
        target_id: w.qqSelf,
        sender: { user_id: a.user, nickname: nick },
      }),
      source: `好友:${a.user}`,
      name: `${nick}#${a.user}`,
    };
  }

  /** A message arrives from QQ (a `qq` action); returns where it came from, or undefined when no one listens. */
  receive(a: QqAction['qq']): { source: string; heard: boolean } {
    const m = this.incoming(a);
    const plain = this.entries.listenersOf('cqhttp');
    for (const r of plain)
      r.vm.deliver(r.source.id, { msg_type: m.msgType, msg: m.msg, raw_msg: m.raw });
    // Without a bridge the world filters the default list as cqhttp.lua would.
    let filtered = 0;
    if (this.liveBridges().length === 0 && this.world.qqDefault.includes(m.source)) {
      const listeners = this.entries.listenersOf('cqhttp_default');
      filtered = listeners.length;
      this.pushDefault(m.name, a.text.replace(/&#91;/g, '[').replace(/&#93;/g, ']'), m.source);
    }
    return { source: m.source, heard: plain.length + filtered > 0 };
  }
}
