# The commands the README documents. Each installs what is missing, then builds only what changed.
.PHONY: deps build run test bench clean

DB ?= upward.db

deps:
	@scripts/install-deps.sh

build: deps
	cmake --preset default
	cmake --build --preset default
	cd web && npm run build
	rm -rf build/web && cp -r web/dist build/web

run: build
	./build/upward serve --demo --db $(DB)

test: build
	ctest --preset default

bench: build
	bench/import/run.sh
	bench/matching/run.sh
	bench/matching/run-match.sh

clean:
	rm -rf build web/dist
