-- GET a page of 50 cases of a school. Args: a file of school ids.
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")
local ids

setup = common.setup
done = common.done

function init(args)
  ids = common.lines(args[1])
  common.seed()
end

function request()
  return wrk.format("GET", "/api/v1/support-cases?schoolId=" .. common.pick(ids) .. "&page=1&pageSize=50")
end
