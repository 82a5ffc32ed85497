-- GET the budget summary of an area in a school year. Args: a file of area ids, the school year (2026-2027).
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")
local ids, year

setup = common.setup
done = common.done

function init(args)
  ids = common.lines(args[1])
  year = args[2]
  common.seed()
end

function request()
  return wrk.format("GET", "/api/v1/budgets/" .. year .. "/areas/" .. common.pick(ids))
end
