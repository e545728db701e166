"""The meeting pack of a meeting as a PDF, for members."""

from django.http import HttpResponse

from meetings.access import get_meeting_for_member, member_required


@member_required
def meeting_pack(request, pk):
    from reports.meeting_pack import meeting_pack_pdf

    meeting = get_meeting_for_member(request.user, pk)
    filename, content_type, data = meeting_pack_pdf(meeting)
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
