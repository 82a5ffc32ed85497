-- The ceiling: GET /ping of the bare Kestrel process, through the same generator and done() as the paths.
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

setup = common.setup
done = common.done
