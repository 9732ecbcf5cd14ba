"""Kenes' Open311 endpoint driven by Open311 client libraries from PyPI, in JSON and XML.

- three 0.8.0: lists services, files with each location form (address_id, address_string,
  lat/long) and reads requests back;
- georeport 0.3.1: lists services and reads the list and each request back.

Run by the API test `open311::client_libraries` (server/tests/api/open311.rs) with the base URL
of a running Kenes and an API key:  python open311_clients.py http://127.0.0.1:PORT KEY
Any difference from what was filed fails with an AssertionError (exit status 1).
"""
import sys

import three
from georeport import GeoReport

BASE, KEY = sys.argv[1], sys.argv[2]
ENDPOINT = BASE.rstrip("/") + "/open311/v2"
DESCRIPTION = "The street light at the bus stop is out. Children walk there in the dark."

# (location form, what the client sends, the KATO code expected, the point expected)
FORMS = [
    ("address_id", {"address_id": "1132"}, "1132", None),
    ("address_string", {"address": "Akkol District, Akmola Region"}, "1132", None),
    ("lat/long", {"lat": "43.238", "long": "76.945"}, "75", (43.238, 76.945)),
    (
        "lat/long with address_string",
        {"lat": "53.28", "long": "69.39", "address": "Аккольский район"},
        "1132",
        (53.28, 69.39),
    ),
]


def as_list(value):
    """XML readers give one element as a dict and several as a list."""
    return value if isinstance(value, list) else [value]


def point_of(request):
    lat, long = request.get("lat"), request.get("long")
    if not lat and not long:  # null: None in JSON, an empty element in XML
        return None
    return (float(lat), float(long))


def check_request(request, expected, how):
    kato, point = expected
    assert request["address_id"] == kato, f"{how}: address_id {request['address_id']!r} != {kato!r}"
    assert point_of(request) == point, f"{how}: lat/long {point_of(request)} != {point}"
    assert request["service_code"] == "roads_transport", f"{how}: {request}"


def file_all(fmt):
    """Files one request per location form through three; returns {id: (kato, point)}."""
    client = three.Three(ENDPOINT, api_key=KEY, format=fmt)
    services = client.services()
    codes = [s["service_code"] for s in as_list(services if fmt == "json" else services["service"])]
    assert "roads_transport" in codes, f"three {fmt}: services {codes}"
    filed = {}
    for n, (form, location, kato, point) in enumerate(FORMS):
        answer = client.post(
            "roads_transport",
            email=f"three-{fmt}-{n}@example.kz",
            description=DESCRIPTION,
            **location,
        )
        status = client.post_response.status_code
        assert status == 201, f"three {fmt} {form}: HTTP {status}: {answer}"
        first = answer[0] if fmt == "json" else as_list(answer["request"])[0]
        filed[first["service_request_id"]] = (kato, point)
        one = client.request(first["service_request_id"])
        one = one[0] if fmt == "json" else as_list(one["request"])[0]
        check_request(one, (kato, point), f"three {fmt} {form}")
    return filed


def read_back(fmt, filed):
    """Reads the service list, the list of filed requests and each one through georeport."""
    client = GeoReport(ENDPOINT, output_format=fmt)
    codes = [s["service_code"] for s in as_list(client.get_service_list())]
    assert "roads_transport" in codes, f"georeport {fmt}: services {codes}"
    listed = as_list(client.get_service_requests(service_request_id=",".join(filed)))
    assert sorted(r["service_request_id"] for r in listed) == sorted(filed), (
        f"georeport {fmt}: listed {[r['service_request_id'] for r in listed]}"
    )
    for request in listed:
        check_request(request, filed[request["service_request_id"]], f"georeport {fmt} list")
    for id, expected in filed.items():
        one = client.get_service_request(id)
        check_request(one, expected, f"georeport {fmt} one")


def main():
    filed = {}
    for fmt in ("json", "xml"):
        filed.update(file_all(fmt))
    for fmt in ("json", "xml"):
        read_back(fmt, filed)
    print(f"open311 clients: {len(filed)} requests filed with three and read back with "
          f"georeport and three, in JSON and XML")


if __name__ == "__main__":
    main()
