"""The data behind the timeline, the network and the map."""

from __future__ import annotations

from newsgraph.store.results import Companion, Link, Network
from newsgraph.web.charts import network_data, place_map, timeline_items


def test_timeline_puts_events_and_quotes_in_date_order_undated_last():
    events = [{"id": 1, "date": "2022-12-28", "type": "CONSULT", "kind": "meeting",
               "participants": ["Akar", "Abbas"]},
              {"id": 2, "date": None, "type": "AID", "kind": None, "participants": []}]
    said = [{"id": 5, "date": "2022-W52", "kind": "direct", "text": "x" * 200,
             "article_id": "ab", "start": 4, "end": 9, "speaker": "He", "speaker_name": "Akar"}]
    items = timeline_items(events, said + said)  # a quote by and about: shown once
    assert [i["date"] for i in items] == ["2022-W52", "2022-12-28", None]
    assert items[1]["label"] == "meeting · Akar, Abbas" and items[1]["href"] == "/events/1"
    assert items[0]["href"] == "/articles/ab?hl=4-9#hl" and len(items[0]["label"]) == 90
    assert items[0]["label"].startswith("Akar: xxx")


def test_network_centre_is_the_heaviest_node():
    nodes = (Companion(1, "Assad", "PERSON", 0, None), Companion(2, "Moscow", "GPE", 5, None))
    data = network_data(Network(1, nodes, (Link(1, 2, 5),)))
    assert data["nodes"][0] == {"id": 1, "name": "Assad", "type": "PERSON",
                                "href": "/actors/1", "weight": 5, "center": True}
    assert data["links"] == [{"source": 1, "target": 2, "weight": 5}]


def test_map_places_only_actors_with_coordinates():
    moscow = Companion(2, "Moscow", "GPE", 3, {"lat": 55.75, "lon": 37.62})
    nowhere = Companion(3, "Kremlin", "ORG", 2, None)
    data = place_map((moscow, nowhere))
    (point,) = data["points"]
    assert point["name"] == "Moscow"
    assert (point["x"], point["y"]) == (data["width"] / 2, data["height"] / 2)  # framed on it


def test_map_frame_spreads_near_places_and_keeps_far_ones_in_view():
    damascus = Companion(1, "Damascus", "GPE", 1, {"lat": 33.5, "lon": 36.3})
    aleppo = Companion(2, "Aleppo", "GPE", 1, {"lat": 36.2, "lon": 37.2})
    near = place_map((damascus, aleppo))
    assert near["grid"] <= 5 and abs(near["points"][0]["y"] - near["points"][1]["y"]) > 50
    lima = Companion(3, "Lima", "GPE", 1, {"lat": -12.0, "lon": -77.0})
    tokyo = Companion(4, "Tokyo", "GPE", 1, {"lat": 35.7, "lon": 139.7})
    far = place_map((lima, tokyo))
    assert all(0 <= p["x"] <= far["width"] and 0 <= p["y"] <= far["height"]
               for p in far["points"])
    assert place_map(())["points"] == []


def test_weeks_sort_by_their_monday():
    from newsgraph.web.charts import first_day

    dates = ["2025-10-21", None, "2025-W42", "2025", "2025-10"]
    assert sorted(dates, key=first_day) == ["2025", "2025-10", "2025-W42", "2025-10-21", None]
    assert first_day("2025-W42") == (False, "2025-10-13")
