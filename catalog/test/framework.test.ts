/**
 * The catalog against neomega's framework: every method `coromega.lua` defines on each class plugins hold, written
 * down here from the framework's source (`function Coromega:name`, `function CoroPlayer:name`...). The catalog must
 * list exactly these, so a framework method missing from completion, hover and the definition files fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FRAMEWORK_CLASSES, typeById, versionedMembers } from '../index';

const FRAMEWORK: Record<string, string> = {
  Coromega: `
    uuid translate lang_format _debug_c_print_int print sprint log log_and_print debug_out info_out
    success_out warning_out error_out backend_input input os current_dir make_dir now now_unix
    now_since_start make_temp_dir sleep pause get_resume send_wo_cmd send_ws_cmd send_player_cmd
    send_ai_cmd get_player_by_name get_player_by_uuid_string get_player get_all_online_players bot_name
    bot_uuid_string bot_unique_id bot_runtime_id bot_identity bot_say bot_dimension bot_position
    current_tick sync_ratio game_rules server_time server_day_time server_day_percent config_path_of
    code_path_of data_path_of cache_path_of path_list path_abs path_join path_ext path_move path_remove
    path_exist save_data load_data save_text load_text shared_map request_structure
    move_item_to_container rename_item drop_item enchant_item make_item use_item use_item_on_block
    use_item_on_block_with_bot_offset move_item select_hotbar pick_block break_and_pick_block
    get_inventory_content set_structure_block_data set_container_content write_book
    place_item_frame_item gen_container key_value_db place_block place_command_block place_sign
    when_progress_increased_by_build call_other_plugin_api call_other_plugin_api_no_result publish_info
    send_cqhttp_message send_cqhttp_message_to_default send_cqhttp_message_to_id
    send_cqhttp_message_to_group send_cqhttp_message_to_guild get_cqhttp_group_members_info
    get_cqhttp_joined_guilds get_cqhttp_guild_channels get_cqhttp_guild_member http_request http_get
    http_post http_put http_delete http_head http_patch update_config get_plugin_name new_event_source
    when_called_by_terminal_menu when_called_by_game_menu when_chat_msg
    when_receive_msg_from_sender_named when_player_change when_receive_msg_from_command_block_named
    when_receive_packet_of_types soft_set soft_get user_info when_called_by_api_named
    when_new_data_in_subscribed_topic_named when_receive_cqhttp_message
    when_receive_filtered_cqhttp_message_from_default create_websocket_server connect_to_websocket
    start_new halt run`,
  CoroPlayer: `
    get_pos say raw_say ask title subtitle action_bar check uuid_string name entity_unique_id
    login_time platform_chat_id build_platform skin_id get_build_ability set_build_ability
    get_mine_ability set_mine_ability get_door_and_switches_ability set_door_and_switches_ability
    get_open_container_ability set_open_container_ability get_attack_player_ability
    set_attack_player_ability get_attack_mobs_ability set_attack_mobs_ability
    get_operator_command_ability set_operator_command_ability get_teleport_ability
    set_teleport_ability get_flying_status get_invulnerable_status device_id entity_runtime_id
    entity_metadata is_op is_online`,
  SessionFactory: 'on_new_session on_result start_new',
  WrappedKVDB: 'get set delete iter migrate_to',
  SharedMap: 'get set delete load_or_store compare_and_swap iter',
  WSServerSessionFactory: 'on_new_conn when_new_conn when_dead',
  WSConnWrapper: 'on_new_msg when_new_msg send send_message receive_message',
};

function names(list: string): string[] {
  return list.split(/\s+/).filter(Boolean).sort();
}

test('the framework classes plugins hold, by their class names', () => {
  assert.deepEqual(FRAMEWORK_CLASSES.map((t) => t.id).sort(), Object.keys(FRAMEWORK).sort());
  for (const t of FRAMEWORK_CLASSES) assert.equal(t.kind, 'class', t.id);
});

/**
 * Methods the official docs describe that this copy of the framework does not define (newer neomega releases have
 * them); the catalog lists them too, marked as only in the `documented` framework version.
 */
const DOCUMENTED_ONLY: Record<string, string> = { CoroPlayer: 'get_inventory send' };

test('the methods the bundled framework lacks are exactly the ones marked for the documented version only', () => {
  const marked: Record<string, string[]> = {};
  for (const [of, name, versions] of versionedMembers()) {
    assert.deepEqual(versions, ['documented'], `${of}:${name}`);
    (marked[of] ??= []).push(name);
    assert.deepEqual(typeById(of)?.methods.find((m) => m.name === name)?.versions, ['documented']);
  }
  assert.deepEqual(
    Object.fromEntries(Object.entries(marked).map(([k, v]) => [k, v.sort().join(' ')])),
    DOCUMENTED_ONLY,
  );
  for (const t of FRAMEWORK_CLASSES)
    for (const m of t.methods)
      if (!names(DOCUMENTED_ONLY[t.id] ?? '').includes(m.name))
        assert.equal(m.versions, undefined, `${t.id}:${m.name} is in every version`);
});

test('the catalog lists exactly the methods of each framework class', () => {
  assert.equal(names(FRAMEWORK.Coromega).length, 128);
  assert.equal(names(FRAMEWORK.CoroPlayer).length, 38);
  for (const [id, list] of Object.entries(FRAMEWORK)) {
    const t = typeById(id);
    assert.ok(t, id);
    const have = t.methods.map((m) => m.name).sort();
    const want = [...names(list), ...names(DOCUMENTED_ONLY[id] ?? '')];
    const missing = want.filter((n) => !have.includes(n));
    const extra = have.filter((n) => !want.includes(n));
    assert.deepEqual({ id, missing, extra }, { id, missing: [], extra: [] });
  }
});

test('plumbing methods are known but marked internal; the rest are offered', () => {
  const internal = FRAMEWORK_CLASSES.flatMap((t) =>
    t.methods.filter((m) => m.internal).map((m) => `${t.id}:${m.name}`),
  ).sort();
  assert.deepEqual(internal, [
    'Coromega:_debug_c_print_int',
    'Coromega:new_event_source',
    'SessionFactory:on_new_session',
    'WSConnWrapper:on_new_msg',
    'WSServerSessionFactory:on_new_conn',
  ]);
});
