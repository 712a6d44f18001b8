"""Friction checks: what makes good candidates give up half-way, whatever the law says.

``sources`` holds the research they cite; each other module holds one or two checks.
"""
