-- GET the budget summary of an area in a school year. Args: a file of area ids, the school year (2026-2027).
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

common.get_by_id(function(id, args)
  return "/api/v1/budgets/" .. args[2] .. "/areas/" .. id
end)
