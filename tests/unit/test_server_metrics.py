"""Reading a server's Prometheus page: known families, summed label sets, and hostile pages as "no counters"."""

from __future__ import annotations

import pytest

from mcrgen.wire.metrics import Reading, metrics_url, parse_page

VLLM = """# HELP vllm:num_requests_running Number of requests in model execution batches.
# TYPE vllm:num_requests_running gauge
vllm:num_requests_running{engine="0",model_name="m"} 2.0
vllm:num_requests_waiting{engine="0",model_name="m"} 1.0
# TYPE vllm:prompt_tokens_total counter
vllm:prompt_tokens_total{engine="0",model_name="m"} 4568.0
vllm:prompt_tokens_total{engine="1",model_name="m"} 10.0
vllm:prompt_tokens_created{engine="0",model_name="m"} 1.76e+09
vllm:generation_tokens_total{engine="0",model_name="m"} 1788.0
vllm:generation_tokens_total{engine="1",model_name="m"} 2.0
vllm:request_generation_tokens_sum{engine="0",model_name="m"} 1650.0
"""

LLAMA = """# HELP llamacpp:prompt_tokens_total Number of prompt tokens processed.
llamacpp:prompt_tokens_total 120
llamacpp:tokens_predicted_total 340
llamacpp:requests_processing 0
llamacpp:requests_deferred 0
"""


def test_vllm_page_sums_engines_and_busy_gauges() -> None:
    assert parse_page(VLLM) == Reading("vllm", 4578.0, 1790.0, 3.0)


def test_llama_cpp_page_without_labels() -> None:
    assert parse_page(LLAMA) == Reading("llama.cpp", 120.0, 340.0, 0.0)


@pytest.mark.parametrize(
    "page",
    [
        "",
        "<html>not metrics</html>",
        "vllm:generation_tokens_total 5\n",  # no prompt counter: not a complete reading
        VLLM.replace("1788.0", "NaN"),
        VLLM.replace("1788.0", "+Inf"),
        VLLM.replace("1788.0", "-3"),
        VLLM.replace("1788.0", "lots"),
        "vllm:generation_tokens_total{\nvllm:prompt_tokens_total 1\n",
        "vllm:generation_tokens_total\nvllm:prompt_tokens_total 1\n",
    ],
)
def test_hostile_or_foreign_pages_read_as_no_counters(page: str) -> None:
    assert parse_page(page) is None


def test_the_page_lives_at_the_server_root() -> None:
    assert metrics_url("http://h:8000/v1") == "http://h:8000/metrics"
    assert metrics_url("http://h:8000/v1/") == "http://h:8000/metrics"
    assert metrics_url("http://h:8000/api") == "http://h:8000/api/metrics"
