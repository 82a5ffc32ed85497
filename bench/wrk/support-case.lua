-- GET /api/v1/support-cases/{id}, ids spread over the seeded cases. Args: a file of case ids.
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

common.get_by_id(function(id)
  return "/api/v1/support-cases/" .. id
end)
