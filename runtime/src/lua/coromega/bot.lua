-- Coromega: bot actions and building, recorded by the world.
-- Part of require("coromega"): see coromega.lua.
local host, lib = ...
local state, need_session, new_factory, Coromega = lib.state, lib.need_session, lib.new_factory, lib.Coromega
local co_yield = coroutine.yield
local t_unpack = table.unpack

-- bot actions: recorded by the world, answered with no error
local function bot_action(name, call_name)
  return function(self, ...)
    need_session(name)
    local args = table.pack(...)
    local resume = state.resume
    args[args.n + 1] = function(result) resume(result) end
    self.omega.bot_action[call_name](t_unpack(args, 1, args.n + 1))
    return co_yield()
  end
end
function Coromega:request_structure(start_pos, region_size, move)
  need_session("request_structure")
  local resume = state.resume
  self.omega.bot_action.request_structure(start_pos, region_size, move, function(result) resume(result) end)
  return co_yield()
end
Coromega.move_item_to_container = bot_action("move_item_to_container", "move_item_to_container")
Coromega.rename_item = bot_action("rename_item", "rename_item_with_anvil")
Coromega.drop_item = bot_action("drop_item", "drop_item_from_hot_bar")
Coromega.enchant_item = bot_action("enchant_item", "enchant_item")
Coromega.make_item = bot_action("make_item", "make_item")
Coromega.use_item = bot_action("use_item", "use_hotbar_item")
function Coromega:use_item_on_block(block_pos, face, slot, rid)
  if rid == nil then
    return bot_action("use_item_on_block", "use_hotbar_item_on_block_without_rid")(self, block_pos, face, slot)
  end
  return bot_action("use_item_on_block", "use_hotbar_item_on_block")(self, block_pos, rid, face, slot)
end
function Coromega:use_item_on_block_with_bot_offset(block_pos, bot_offset, face, slot, rid)
  if rid == nil then
    return bot_action("use_item_on_block_with_bot_offset", "use_hotbar_item_on_block_with_bot_offset_without_rid")(
      self, block_pos, bot_offset, face, slot)
  end
  return bot_action("use_item_on_block_with_bot_offset", "use_hotbar_item_on_block_with_bot_offset")(
    self, block_pos, bot_offset, rid, face, slot)
end
Coromega.move_item = bot_action("move_item", "move_item_inside_hotbar_or_inventory")
Coromega.select_hotbar = bot_action("select_hotbar", "select_hotbar")
Coromega.pick_block = bot_action("pick_block", "pick_block")
Coromega.break_and_pick_block = bot_action("break_and_pick_block", "block_break_and_pick_in_hotbar")
function Coromega:get_inventory_content(slot, windows)
  local result = self.omega.bot_action.get_inventory_content(slot, type(windows) == "number" and windows or 0)
  return result.info, result.ok
end
function Coromega:set_structure_block_data(block_pos, settings)
  return self.omega.bot_action.set_structure_block_data(block_pos, settings)
end
Coromega.set_container_content = bot_action("set_container_content", "set_container_content")
Coromega.write_book = bot_action("write_book", "write_book_and_close")
function Coromega:place_item_frame_item(block_pos, slot, rotation)
  return bot_action("place_item_frame_item", "place_item_frame_item")(self, block_pos, slot, rotation or 0)
end
Coromega.gen_container = bot_action("gen_container", "gen_container")

-- building
function Coromega:place_block(pos, block_name, block_data)
  self.omega.cmds.send_wo_cmd(("setblock %d %d %d %s %s"):format(pos.x, pos.y, pos.z, block_name, ("%s"):format(block_data)))
end
function Coromega:place_command_block(pos, block_name, block_data, option)
  option = option or {}
  return self.omega.builder.place_command_block(pos, block_name, ("%s"):format(block_data),
    option.need_red_stone, option.conditional, option.command, option.name,
    option.tick_delay, option.track_output, option.execute_on_first_tick)
end
function Coromega:place_sign(pos, block_name, text, lighting)
  return self.omega.builder.place_sign(pos, block_name, text, lighting)
end
-- As the framework: the progress callback goes into self.cbs (which coromega:run() cannot register, see run.lua).
function Coromega:when_progress_increased_by_build(chunk, start_pos, end_pos, target_pos, option)
  local poller = self.omega.builder.build(chunk, start_pos, end_pos, target_pos, option.speed, option.incremental,
    option.force_use_block_state, option.ignore_nbt_block, option.clear_target_block, option.clear_dropped_item,
    option.auto_reverse, option.start_hop)
  self.mux_poller:poll(poller)
  local factory = new_factory()
  self.cbs[poller] = function(event)
    if event.total == event.current then self.cbs[poller] = nil end
    factory:on_new_session(event.total, event.current)
  end
  return factory
end
