from meetings.roles import is_member, is_process_leader, is_secretary


def roles(request):
    user = request.user
    return {
        "is_member": is_member(user),
        "is_secretary": is_secretary(user),
        "is_process_leader": is_process_leader(user),
    }
