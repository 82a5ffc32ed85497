-- GET monitoring referrals of a school year grouped by area. Args: the school year (2026-2027).
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")
local path

setup = common.setup
done = common.done

function init(args)
  path = "/api/v1/monitoring/referrals?schoolYear=" .. args[1] .. "&groupBy=area"
end

function request()
  return wrk.format("GET", path)
end
