-- GET a page of 50 cases of a school. Args: a file of school ids.
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

common.get_by_id(function(id)
  return "/api/v1/support-cases?schoolId=" .. id .. "&page=1&pageSize=50"
end)
