#!/usr/bin/env bash
# Median and p95 time of saving an activity and of rendering the budget summary of a 30-participant,
# 10-activity application, measured over loopback against a running app (./mvnw spring-boot:run) as the demo
# coordinator. Usage: scripts/measure-drafting.sh [base-url] [rounds]
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
ROUNDS=${2:-50}
JAR=$(mktemp); trap 'rm -f "$JAR"' EXIT
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | csrf)
curl -s -o /dev/null -c "$JAR" -b "$JAR" -d "username=coordinator.es&password=demo1234&_csrf=$TOKEN" "$BASE/login"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/coordinator" | csrf)
LOCATION=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR" -b "$JAR" -d "call=2027-1&_csrf=$TOKEN" "$BASE/coordinator/applications")
APP=${LOCATION##*/}
version() { curl -s -b "$JAR" "$BASE/coordinator/applications/$APP/activities/new" | grep -o 'name="version" value="[0-9]*"' | sed 's/[^0-9]//g'; }
activity() { # $1 = index: ten rows of three participants each = 30 participants
  echo "activity.type=JOB_SHADOWING&activity.destinationCountry=IT&activity.participants=3&activity.participantsWithFewerOpportunities=1&activity.durationDays=$((5 + $1))&activity.travelDays=2&activity.distanceKm=1365.28&_csrf=$TOKEN"
}
for i in $(seq 0 9); do
  curl -s -o /dev/null -b "$JAR" -d "version=$(version)&$(activity "$i")" "$BASE/coordinator/applications/$APP/activities"
done
FIRST=$(curl -s -b "$JAR" "$BASE/coordinator/applications/$APP/activities" | grep -o 'activities/[0-9][0-9]*"' | head -1 | sed 's/[^0-9]//g')
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms, p95 %.1f ms (n=%d)\n", a[int((NR+1)/2)]*1000, a[int(NR*0.95+0.5)]*1000, NR}'; }
echo "application $APP with 10 activities, 30 participants"
printf 'save an activity:        '
for i in $(seq 1 "$ROUNDS"); do
  curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR" -d "version=$(version)&$(activity $((i % 10)))" \
    "$BASE/coordinator/applications/$APP/activities/$FIRST"
done | stats
printf 'render the budget page:  '
for i in $(seq 1 "$ROUNDS"); do
  curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR" "$BASE/coordinator/applications/$APP/budget"
done | stats
