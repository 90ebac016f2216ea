from collections import deque
def simulate(arrivals, service_time):
    queue, clock, waits = deque(), 0, []
    events = sorted(arrivals)
    for t in events:
        clock = max(clock, t)
        queue.append(t)
        while queue and clock >= queue[0]:
            start = max(clock, queue.popleft())
            waits.append(start - t)
            clock = start + service_time
    return waits, clock
print(simulate([0, 1, 2, 10, 11], 3))
